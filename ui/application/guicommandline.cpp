#include "application/guicommandline.h"

#include "store/store.h"

#include <QDir>

#include <cstring>

namespace copydesk {

bool GuiCommandLine::asksForInformation(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *argument = argv[i];
        if (std::strcmp(argument, "--") == 0)
            return false;
        for (const char *option : {"-h", "-?", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argument, option) == 0)
                return true;
        }
    }
    return false;
}

GuiCommandLine::GuiCommandLine()
    : m_store(QStringLiteral("store"),
              tr("Open the store at PATH (default: $COPYDESK_STORE or %1).")
                      .arg(QDir::toNativeSeparators(Store::defaultPath())),
              QStringLiteral("PATH"))
{
    m_parser.setApplicationDescription(tr("Copydesk, the newsroom editor: write, check, preview and export "
                                          "news articles. Files given are imported as new articles "
                                          "(.docx, .odt, .html, .md, .txt, .json); photos go into the "
                                          "open article."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(m_store);
    m_parser.addPositionalArgument(QStringLiteral("files"), tr("Files to open."), tr("[FILE...]"));
}

void GuiCommandLine::process(const QStringList &arguments)
{
    m_parser.process(arguments);
}

QString GuiCommandLine::storePath() const
{
    return m_parser.isSet(m_store) ? m_parser.value(m_store) : Store::defaultPath();
}

} // namespace copydesk
