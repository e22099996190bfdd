// Gloss analysis — sources given only as links: a citation that names no
// source but whose text is (or sits in) a link takes the link's site as its
// source, named by the source registry when it knows the domain.
#pragma once
#include "gloss/annotation.hpp"
#include "gloss/document.hpp"
#include "gloss/knowledge.hpp"

#include <string_view>
#include <vector>

namespace gloss {

// For each source check's part without a source name whose bytes overlap a
// link with an http(s) address: the part's source becomes the registry's name
// for the link's site (else the site itself) and its link the address; the
// missing_source check goes when no part is left without a source, and a
// source_from_link check says where the name came from. `links` in text order.
void fill_sources_from_links(std::string_view text, const std::vector<DocumentLink>& links, const KnowledgeBase& kb,
                             AnnotationSet& set);

} // namespace gloss
