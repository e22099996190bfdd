// Gloss formats — a web page's metadata: <title>, <meta> (Open Graph,
// Dublin Core, article:*), schema.org JSON-LD, <html lang>, canonical link.
#pragma once
#include "gloss/formats.hpp"

#include <gumbo.h>

namespace gloss::formats {

// Metadata of the parsed page. JSON-LD (schema.org Article and its kinds)
// wins over Open Graph, which wins over plain <meta> names and <title>.
PageMetadata read_page_metadata(const GumboOutput* page);

// The page's <base href>, "" when none.
std::string page_base(const GumboOutput* page);

// A date written as YYYY-MM-DD… or YYYY/MM/DD… as "YYYY-MM-DD" when it is a real day, else "".
std::string iso_day_prefix(std::string_view s);

} // namespace gloss::formats
