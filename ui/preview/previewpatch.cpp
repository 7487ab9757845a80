#include "preview/previewpatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace copydesk {

namespace {

const QLatin1String BlockMark("<!--copydesk-block-->");
const QLatin1String EndMark("<!--copydesk-end-->");
const QLatin1String BlocksSlot("<!--copydesk-blocks-->");

// Where the content of the page's <head> element starts and ends.
bool headInner(const QString &page, qsizetype *start, qsizetype *end)
{
    qsizetype open = 0;
    while ((open = page.indexOf(QLatin1String("<head"), open, Qt::CaseInsensitive)) >= 0) {
        const QChar next = open + 5 < page.size() ? page.at(open + 5) : QChar();
        if (next == QLatin1Char('>') || next.isSpace())
            break;
        open += 5;
    }
    if (open < 0)
        return false;
    *start = page.indexOf(QLatin1Char('>'), open) + 1;
    *end = page.indexOf(QLatin1String("</head>"), *start, Qt::CaseInsensitive);
    return *start > 0 && *end >= *start;
}

// Collects the markers of the page's body in order: m[i] starts block i, the last one ends them.
const QLatin1String MarksFunction(
        "function marks(){var r=[],w=document.createTreeWalker(document.body,NodeFilter.SHOW_COMMENT),n;"
        "while((n=w.nextNode()))if(n.data==='copydesk-block'||n.data==='copydesk-end')r.push(n);return r;}");

} // namespace

QString PreviewPatch::markedPage(const Renderer::Parts &parts)
{
    QString page = parts.before;
    for (const QString &block : parts.blocks)
        page += BlockMark + block;
    return page + EndMark + parts.after;
}

QString PreviewPatch::script(const Renderer::Parts &from, const Renderer::Parts &to)
{
    const qsizetype oldCount = from.blocks.size();
    const qsizetype newCount = to.blocks.size();
    qsizetype same = 0;
    while (same < oldCount && same < newCount && from.blocks.at(same) == to.blocks.at(same))
        ++same;
    qsizetype sameEnd = 0;
    while (sameEnd < oldCount - same && sameEnd < newCount - same
           && from.blocks.at(oldCount - 1 - sameEnd) == to.blocks.at(newCount - 1 - sameEnd))
        ++sameEnd;
    // A page whose frame differs only inside <head> (the modification time in its metadata
    // changes at every save) gets only the head elements that changed: replacing the body would
    // lay out the whole article again (~700 ms at 200k characters).
    qsizetype fromStart = 0, fromEnd = 0, toStart = 0, toEnd = 0;
    const bool headOnly = from.after == to.after && headInner(from.before, &fromStart, &fromEnd)
            && headInner(to.before, &toStart, &toEnd)
            && QStringView(from.before).left(fromStart) == QStringView(to.before).left(toStart)
            && QStringView(from.before).mid(fromEnd) == QStringView(to.before).mid(toEnd);
    const bool frameChanged = !headOnly && (from.before != to.before || from.after != to.after);
    const bool headChanged = headOnly && from.before != to.before;
    if (!frameChanged && !headChanged && same == oldCount && same == newCount)
        return {};
    QString blocks;
    for (qsizetype i = same; i < newCount - sameEnd; ++i)
        blocks += BlockMark + to.blocks.at(i);
    const QJsonValue head = headChanged ? QJsonValue(to.before.mid(toStart, toEnd - toStart)) : QJsonValue();
    const QJsonArray arguments{frameChanged ? QJsonValue(to.before + BlocksSlot + to.after) : QJsonValue(),
                               blocks, head};
    // The page around the blocks: parsed alone (it is small), its body imported with the old
    // blocks' nodes moved into the slot where the blocks go, its head taking the old head's place;
    // the scroll position is put back only then (blocks replaced in place keep it, and setting it
    // would force a layout of the whole page at once). A head alone: its elements that differ are
    // replaced one by one, so that unchanged style sheets stay and nothing is restyled.
    return QStringLiteral(
                   "(function(a,count,p,k){%1var m=marks();if(m.length!==count+1)return false;"
                   "if(a[2]!==null){var h=new DOMParser().parseFromString('<head>'+a[2]+'</head>','text/html').head,"
                   "o=document.head.children,c=h.children;"
                   "if(o.length!==c.length)document.head.replaceWith(document.importNode(h,true));"
                   "else for(var i=c.length-1;i>=0;--i)if(!o[i].isEqualNode(c[i]))o[i].replaceWith(document.importNode(c[i],true));}"
                   "var x=window.scrollX,y=window.scrollY;"
                   "if(a[0]!==null){var f=m[0],l=m[m.length-1];if(f.parentNode!==l.parentNode)return false;"
                   "var d=new DOMParser().parseFromString(a[0],'text/html');var body=document.importNode(d.body,true);"
                   "var w=document.createTreeWalker(body,NodeFilter.SHOW_COMMENT),n,slot=null;"
                   "while((n=w.nextNode()))if(n.data==='copydesk-blocks'){slot=n;break;}if(!slot)return false;"
                   "var r=document.createRange();r.setStartBefore(f);r.setEndAfter(l);slot.replaceWith(r.extractContents());"
                   "document.head.replaceWith(document.importNode(d.head,true));document.body.replaceWith(body);m=marks();}"
                   "var s=m[p],e=m[p+k];if(!s||!e||s.parentNode!==e.parentNode)return false;"
                   "var t=document.createElement('template');t.innerHTML=a[1];var parent=s.parentNode;"
                   "while(s!==e){var next=s.nextSibling;parent.removeChild(s);s=next;}"
                   "parent.insertBefore(t.content,e);if(a[0]!==null)window.scrollTo(x,y);return true;})(%2,%3,%4,%5)")
            .arg(MarksFunction, QString::fromUtf8(QJsonDocument(arguments).toJson(QJsonDocument::Compact)),
                 QString::number(oldCount), QString::number(same), QString::number(oldCount - sameEnd - same));
}

QString PreviewPatch::scrollScript(int index)
{
    return QStringLiteral(
                   "(function(i){%1var m=marks(),s=m[i];if(!s||i>=m.length-1)return;"
                   "for(var e=s.nextSibling;e&&e!==m[i+1];e=e.nextSibling){if(e.nodeType===1){"
                   "var r=e.getBoundingClientRect();"
                   "if(r.top<0||r.bottom>window.innerHeight)e.scrollIntoView({block:'center'});return;}}})(%2)")
            .arg(MarksFunction)
            .arg(index);
}

} // namespace copydesk
