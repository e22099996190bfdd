// Gloss formats — a web page as an editable tree built from gumbo's parse.
//
// Index of this file:
// [SECTION] Nodes
// [SECTION] Tree
//
// gumbo's tree is read-only; the main-content search removes, retags and
// regroups nodes, so it works on this copy: elements and text only (comments
// dropped), children by index, class and id kept lower-cased for the hints.
#pragma once
#include <gumbo.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gloss::formats {

//-----------------------------------------------------------------------------
// [SECTION] Nodes
//-----------------------------------------------------------------------------

struct HtmlNode {
    GumboTag           tag = GUMBO_TAG_UNKNOWN;  // GUMBO_TAG_LAST for a text node
    int                parent = -1;
    std::vector<int>   children;
    std::string        text;      // text node: its characters (entities decoded)
    std::string        hints;     // element: lower-cased class + " " + id
    const GumboNode*   source = nullptr;  // element: gumbo's node, for attributes (null for nodes we made)
    bool               removed = false;
    bool               scored = false;     // has a content score
    double             score = 0;

    bool is_text() const { return tag == GUMBO_TAG_LAST; }
};

//-----------------------------------------------------------------------------
// [SECTION] Tree
//-----------------------------------------------------------------------------

class HtmlTree {
public:
    // Copy gumbo's tree (elements and text). Template contents are skipped.
    explicit HtmlTree(const GumboOutput* output);

    std::vector<HtmlNode> nodes;
    int html = -1, head = -1, body = -1;

    HtmlNode&       at(int i) { return nodes[static_cast<std::size_t>(i)]; }
    const HtmlNode& at(int i) const { return nodes[static_cast<std::size_t>(i)]; }

    // An attribute of an element as written ("" when absent or a made node).
    std::string_view attr(int n, const char* name) const;
    bool has_attr(int n, const char* name) const;

    // Live element children (not removed), in order.
    std::vector<int> element_children(int n) const;
    // Remove `n` from its parent's children.
    void detach(int n);
    // A new element `tag` (no gumbo node), not yet attached.
    int make_element(GumboTag tag);

    // Text of the subtree, whitespace runs as one space, trimmed.
    std::string inner_text(int n) const;
    // Code points of inner_text(n), without building it.
    std::size_t text_length(int n) const;
    // Share of the text inside links (links to "#..." count 0.3).
    double link_density(int n) const;
    // Live descendant elements with one of `tags` (a list ending with GUMBO_TAG_LAST).
    std::size_t count_tags(int n, const GumboTag* tags) const;
    bool has_ancestor(int n, GumboTag tag, int max_depth = 0) const;

private:
    int copy(const GumboNode* g, int parent);
    void raw_text(int n, std::string& out) const;
    void measure(int n, std::size_t* total, std::size_t* linked, bool in_link, double weight, double* weighted) const;
};

// Next node in document order: first child, else next sibling, else an
// ancestor's next sibling; skipping the children when `skip_children`.
int next_node(const HtmlTree& t, int n, bool skip_children);

} // namespace gloss::formats
