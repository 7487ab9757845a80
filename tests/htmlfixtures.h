#pragma once

// Clipboard HTML as office suites, WeChat and Google Docs write it (in a header: moc cannot read
// raw string literals).

namespace copydesk::test {

// Word's clipboard HTML (Chinese Word 2016): fonts, mso-list paragraphs numbered as text, a
// highlight, empty <o:p>, a heading style, a Title style and an Office XML island.
inline const char *wordHtml()
{
    return R"HTML(<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>张三的电脑</o:Author></o:DocumentProperties></xml><![endif]-->
<style><!-- p.MsoNormal {font-size:10.5pt;font-family:等线;} @list l0:level1 {mso-level-number-format:bullet;} --></style>
</head><body lang=ZH-CN style='tab-interval:21.0pt'>
<!--StartFragment-->
<p class=MsoTitle><span style='font-family:黑体'>县妇联召开年度工作会议<span lang=EN-US><o:p></o:p></span></span></p>
<p class=MsoNormal><span style='font-family:宋体;mso-ascii-font-family:Calibri'>本报讯(记者 张三)</span><span
style='font-family:宋体;background:yellow;mso-highlight:yellow'>11月29日</span><span style='font-family:宋体'>,县妇联召开
年度工作会议。</span><b><span style='font-family:宋体'>会议强调</span></b><span style='font-family:宋体'>,要<i>切实</i>做好工作。<span lang=EN-US><o:p>&nbsp;</o:p></span></span></p>
<h2><a name="_Toc1"></a><span style='font-family:黑体'>一、主要成绩<span lang=EN-US><o:p></o:p></span></span></h2>
<p class=MsoListParagraph style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span
lang=EN-US style='mso-fareast-font-family:Calibri'><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span style='font-family:宋体'>培训妇女骨干</span><span lang=EN-US>120</span><span style='font-family:宋体'>人次<span lang=EN-US><o:p></o:p></span></span></p>
<p class=MsoListParagraph style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span
lang=EN-US><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span
style='font-family:宋体'>走访困难家庭<span lang=EN-US><o:p></o:p></span></span></p>
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
<p class=MsoListParagraph style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
lang=EN-US style='font-family:Wingdings'><span style='mso-list:Ignore'>l<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span></span><![endif]><span
style='font-family:宋体'>家庭教育讲座</span></p>
<p class=MsoListParagraph style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
lang=EN-US style='font-family:Wingdings'><span style='mso-list:Ignore'>l<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span></span><![endif]><span
style='font-family:宋体'>法律咨询</span></p>
<p class=MsoNormal><b><span style='font-family:宋体'>下一步工作打算<span lang=EN-US><o:p></o:p></span></span></b></p>
<p class=MsoNormal><span style='font-family:宋体'>全县各级妇联组织将继续努力。</span></p>
<p class=MsoNormal><span style='font-family:宋体'>来源:大象新闻</span></p>
<p class=MsoNormal><span style='font-family:宋体'>责任编辑:李四</span></p>
<!--EndFragment-->
</body></html>)HTML";
}

// WPS Office's clipboard HTML: its own style soup, a bold-only sub-head and an outline level.
inline const char *wpsHtml()
{
    return R"HTML(<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 14"><style>@font-face{font-family:"Times New Roman";}</style></head>
<body><!--StartFragment-->
<p class=MsoNormal style="mso-outline-level:1;text-align:center"><b><span style="mso-spacerun:'yes';font-family:宋体;font-size:22.0000pt">春耕时节备耕忙</span></b></p>
<p class=MsoNormal><span style="mso-spacerun:'yes';font-family:宋体;font-size:12.0000pt">记者 王五</span></p>
<p class=MsoNormal style="text-indent:24.0000pt"><span style="mso-spacerun:'yes';font-family:宋体;font-size:12.0000pt">连日来,各地农民抢抓农时。</span></p>
<p class=MsoNormal><b><span style="mso-spacerun:'yes';font-family:宋体;font-size:12.0000pt">科技助力,春耕更省心</span></b></p>
<p class=MsoNormal style="text-indent:24.0000pt"><span style="mso-spacerun:'yes';font-family:宋体;font-size:12.0000pt">无人机在田间作业。</span></p>
<!--EndFragment--></body></html>)HTML";
}

// A WeChat article copied from the browser: nested sections, a lazy-loaded photo, a grey caption,
// a 135编辑器 centred caption, and the account's furniture.
inline const char *wechatHtml()
{
    return R"HTML(<div class="rich_media_content" id="js_content">
<section style="margin: 0px; padding: 0px; font-size: 16px; color: rgb(62, 62, 62);">
<section style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="0.75" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/abc/640?wx_fmt=jpeg" data-type="jpeg" data-w="1080" src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E" style="width: 100%;"></section>
<section style="text-align: center;"><span style="font-size: 12px; color: rgb(136, 136, 136);">▲志愿者为群众讲解政策</span></section>
<p style="text-indent: 2em;"><span style="font-size: 15px;">近日,县妇联组织志愿者深入社区开展宣传活动,</span><span style="font-size: 15px;">受到群众欢迎。</span></p>
<section style="text-align:center"><img src="https://mmbiz.qpic.cn/mmbiz_png/def/640?wx_fmt=png" alt=""></section>
<p style="text-align:center"><span style="font-size:14px">活动现场气氛热烈群众踊跃参与</span></p>
<p><span style="font-size: 15px;">活动共发放宣传资料500余份。</span></p>
<p><img src="https://res.wx.qq.com/mpres/htmledition/images/icon/emotion/0.gif" width="20" height="20"></p>
<p style="text-align:center"><strong><span style="color:#ff6827">阅读原文</span></strong></p>
</section></div>)HTML";
}

// Google Docs wraps its clipboard in a <b style="font-weight:normal"> and marks bold with
// font-weight:700.
inline const char *googleDocsHtml()
{
    return R"HTML(<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234"><p dir="ltr" style="line-height:1.38;margin-top:0pt;"><span style="font-size:11pt;font-family:Arial;color:#000000;font-weight:400;">The council met on </span><span style="font-size:11pt;font-family:Arial;color:#000000;font-weight:700;">Tuesday</span><span style="font-size:11pt;font-family:Arial;color:#000000;font-weight:400;font-style:italic;"> evening</span><span style="font-size:11pt;font-family:Arial;color:#000000;font-weight:400;">.</span></p><ul style="margin-top:0;margin-bottom:0;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;"><p dir="ltr" role="presentation"><span style="font-size:11pt;font-weight:400;">Budget</span></p></li><li dir="ltr"><p dir="ltr"><span style="font-weight:400;">Roads</span></p></li></ul><p dir="ltr"><a href="https://example.org/minutes" style="text-decoration:none;"><span style="color:#1155cc;font-weight:400;text-decoration:underline;">Minutes</span></a></p></b>)HTML";
}

} // namespace copydesk::test
