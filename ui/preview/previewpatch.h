#pragma once

#include "render/renderer.h"

#include <QString>

namespace copydesk {

// Keeps the preview's page in step with the renderer's parts: the page is loaded whole once,
// with a comment marker before each body block and after the last; later renderings reach it as
// a script that replaces only the blocks that changed (and, when the page around the blocks
// changed, that page, keeping the blocks' nodes). Comments change neither the layout nor the
// text, so the page reads as the renderer wrote it.
class PreviewPatch
{
public:
    static QString markedPage(const Renderer::Parts &parts);
    // A script for the page showing `from` that makes it show `to`, keeping the scroll position;
    // it evaluates to true, or to false when the page's markers are not as `from` left them (then
    // load markedPage(to) instead). Empty when the two read the same.
    static QString script(const Renderer::Parts &from, const Renderer::Parts &to);
    // Scrolls the index-th body block into view when it is off screen.
    static QString scrollScript(int index);
};

} // namespace copydesk
