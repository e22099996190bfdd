// Gloss — the publication date of a document, when its metadata does not give one (no ImGui).
#pragma once
#include "gloss/dates.hpp"
#include "gloss/document.hpp"

namespace gloss {

// A dateline or "Published: …" line near the top when there is one; otherwise
// the latest date the text mentions, year-less dates ("As of June 3") taking
// the latest year written with a month. Returns a date with year 0 when the
// text gives nothing to go on.
CalendarDate infer_publication_date(const Document& doc);

} // namespace gloss
