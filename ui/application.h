#pragma once

namespace copydesk {

// The GUI entry point: registers URL schemes, opens the store, shows the main window.
class Application
{
public:
    static int main(int argc, char *argv[]);
};

} // namespace copydesk
