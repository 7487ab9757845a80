#include "keystrokescript.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QTest>
#include <QTextCharFormat>

namespace copydesk::bench {

namespace {

struct Word
{
    const char *pinyin;
    const char *hanzi;
};

// Words of the shared sample's register (local news about a women's federation).
const Word Words[] = {
    {"funv", "妇女"},       {"gongzuo", "工作"},   {"minzu", "民族"},     {"tuanjie", "团结"},
    {"jiceng", "基层"},     {"huodong", "活动"},   {"xuanchuan", "宣传"}, {"jiating", "家庭"},
    {"de", "的"},           {"he", "和"},          {"zai", "在"},         {"kaizhan", "开展"},
    {"zuzhi", "组织"},      {"jianshe", "建设"},   {"qunzhong", "群众"},  {"fuwu", "服务"},
    {"daxiangqu", "大祥区"}, {"fulian", "妇联"},    {"shequ", "社区"},     {"jinri", "近日"},
    {"ganbu", "干部"},      {"zhiyuanzhe", "志愿者"}, {"xianchang", "现场"}, {"jiaoyu", "教育"},
};
const char *const Punctuation[] = {"，", "。", "、", "：", "“", "”"};
const char *const LatinRuns[] = {"2026", "12", "30", "APP", "5G", "110"};

} // namespace

QList<KeystrokeScript::Keystroke> KeystrokeScript::burst(int keystrokes)
{
    QList<Keystroke> result;
    while (result.size() < keystrokes) {
        const int roll = m_random.below(100);
        if (roll < 76) {
            const Word &word = Words[m_random.below(int(std::size(Words)))];
            const QString pinyin = QString::fromLatin1(word.pinyin);
            for (qsizetype i = 1; i <= pinyin.size(); ++i)
                result.append({Kind::Preedit, pinyin.left(i)});
            result.append({Kind::Commit, QString::fromUtf8(word.hanzi)});
        } else if (roll < 88) {
            result.append({Kind::Commit, QString::fromUtf8(Punctuation[m_random.below(int(std::size(Punctuation)))])});
        } else if (roll < 96) {
            const QString run = QString::fromLatin1(LatinRuns[m_random.below(int(std::size(LatinRuns)))]);
            for (const QChar c : run)
                result.append({Kind::Key, QString(c)});
        } else {
            result.append({Kind::Backspace, QString()});
        }
    }
    return result;
}

void KeystrokeScript::send(QWidget *target, const Keystroke &keystroke)
{
    switch (keystroke.kind) {
    case Kind::Preedit: {
        QTextCharFormat underline;
        underline.setFontUnderline(true);
        const int length = int(keystroke.text.size());
        QInputMethodEvent event(keystroke.text,
                                {QInputMethodEvent::Attribute(QInputMethodEvent::TextFormat, 0, length, underline),
                                 QInputMethodEvent::Attribute(QInputMethodEvent::Cursor, length, 1, QVariant())});
        QApplication::sendEvent(target, &event);
        break;
    }
    case Kind::Commit: {
        QInputMethodEvent event;
        event.setCommitString(keystroke.text);
        QApplication::sendEvent(target, &event);
        break;
    }
    case Kind::Key:
        QTest::keyClick(target, keystroke.text.at(0).toLatin1());
        break;
    case Kind::Backspace:
        QTest::keyClick(target, Qt::Key_Backspace);
        break;
    }
}

QString KeystrokeScript::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Preedit:
        return QStringLiteral("preedit");
    case Kind::Commit:
        return QStringLiteral("commit");
    case Kind::Key:
        return QStringLiteral("key");
    case Kind::Backspace:
        return QStringLiteral("backspace");
    }
    return {};
}

} // namespace copydesk::bench
