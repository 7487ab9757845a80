#pragma once

namespace copydesk {

class MainWindow;

// The main window's docks around the editor: the article's details, the photo, the history and
// proofing on the left (tabbed), the preview on the right; each wired to the open article.
class SideDocks
{
public:
    static void build(MainWindow *window);
};

} // namespace copydesk
