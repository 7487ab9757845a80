#pragma once

namespace copydesk {

class MainWindow;

// The main window's menus and toolbar: every command a user can give the window, with its keys.
class MainMenus
{
public:
    static void build(MainWindow *window);
};

} // namespace copydesk
