#pragma once

class QKeyEvent;

namespace copydesk {

class BodyEdit;

// The keys that keep the body's structure sound around photos, captions and sub-heads: Delete on
// a photo removes it whole, Enter in a caption starts a paragraph below the photo, a caption never
// merges into its photo, typing at a link's end does not extend the link.
class BodyKeys
{
public:
    // True when the key was handled (the editor must not handle it again).
    static bool handle(BodyEdit *edit, QKeyEvent *event);
};

} // namespace copydesk
