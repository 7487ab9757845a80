#include "export/pagenumberfont.h"

#include <hb-subset.h>
#include <hb.h>

#include <QDir>
#include <QFile>

#include <memory>

namespace copydesk {

namespace {

template <typename T, void (*Destroy)(T *)>
struct HbDeleter
{
    void operator()(T *object) const { Destroy(object); }
};
using Blob = std::unique_ptr<hb_blob_t, HbDeleter<hb_blob_t, hb_blob_destroy>>;
using Face = std::unique_ptr<hb_face_t, HbDeleter<hb_face_t, hb_face_destroy>>;
using Font = std::unique_ptr<hb_font_t, HbDeleter<hb_font_t, hb_font_destroy>>;
using SubsetInput = std::unique_ptr<hb_subset_input_t, HbDeleter<hb_subset_input_t, hb_subset_input_destroy>>;

} // namespace

QString PageNumberFont::defaultFile()
{
    return QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
}

bool PageNumberFont::load(const QString &fontFile, PageNumberFont *font, QString *error)
{
    QFile file(fontFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the font %1: %2").arg(QDir::toNativeSeparators(fontFile), file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    const Blob blob(hb_blob_create_or_fail(bytes.constData(), unsigned(bytes.size()), HB_MEMORY_MODE_READONLY,
                                           nullptr, nullptr));
    const Face face(blob ? hb_face_create(blob.get(), 0) : nullptr);
    const unsigned upem = face ? hb_face_get_upem(face.get()) : 0;
    if (!face || hb_face_get_glyph_count(face.get()) == 0 || upem == 0) {
        *error = tr("%1 is not a TrueType font").arg(QDir::toNativeSeparators(fontFile));
        return false;
    }
    const Font hbFont(hb_font_create(face.get()));
    PageNumberFont result;
    const SubsetInput input(hb_subset_input_create_or_fail());
    if (!input) {
        *error = tr("out of memory");
        return false;
    }
    for (int code = FirstChar; code <= LastChar; ++code) {
        hb_codepoint_t glyph = 0;
        const bool wanted = code == ' ' || code == '/' || (code >= '0' && code <= '9');
        if (wanted && !hb_font_get_nominal_glyph(hbFont.get(), hb_codepoint_t(code), &glyph)) {
            *error = tr("%1 has no glyph for “%2”").arg(QDir::toNativeSeparators(fontFile), QString(QChar(code)));
            return false;
        }
        result.widths.append(wanted ? int(hb_font_get_glyph_h_advance(hbFont.get(), glyph) * 1000 / int(upem)) : 0);
        if (wanted)
            hb_set_add(hb_subset_input_unicode_set(input.get()), hb_codepoint_t(code));
    }
    hb_font_extents_t extents{};
    hb_font_get_h_extents(hbFont.get(), &extents);
    result.ascent = int(extents.ascender * 1000 / int(upem));
    result.descent = int(extents.descender * 1000 / int(upem));
    hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);
    const Face subset(hb_subset_or_fail(face.get(), input.get()));
    const Blob program(subset ? hb_face_reference_blob(subset.get()) : nullptr);
    unsigned length = 0;
    const char *data = program ? hb_blob_get_data(program.get(), &length) : nullptr;
    if (!data || length == 0) {
        *error = tr("cannot cut down the font %1").arg(QDir::toNativeSeparators(fontFile));
        return false;
    }
    result.program = QByteArray(data, qsizetype(length));
    *font = result;
    return true;
}

double PageNumberFont::width(const QByteArray &label, double size) const
{
    double advance = 0;
    for (const char c : label) {
        const int index = int(c) - FirstChar;
        if (index >= 0 && index < widths.size())
            advance += widths.at(index);
    }
    return advance * size / 1000;
}

} // namespace copydesk
