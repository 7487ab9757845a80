#pragma once

namespace copydesk {

// The GUI entry point: registers URL schemes, opens the store, shows the main window.
class Application
{
public:
    static int main(int argc, char *argv[]);
    // What must be set before the QApplication exists (URL schemes, graphics); main() calls it,
    // and so must any program that hosts the main window itself (tests, benchmarks).
    static void prepare();
};

} // namespace copydesk
