// Annotation: one body, of the annotation's kind; its JSON positions.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <variant>

#include <nlohmann/json.hpp>

#include "gloss/annotation.hpp"
#include "gloss/annotation_json.hpp"
#include "gloss/document.hpp"

using gloss::Annotation;
using gloss::AnnotationKind;

TEST_CASE("Editing a body makes the annotation of that kind", "[annotation]") {
    Annotation a;
    a.edit_definition().term = "TEU";
    CHECK(a.kind == AnnotationKind::Definition);
    CHECK(a.definition().term == "TEU");
    a.edit_check().checks.push_back("missing_source");
    CHECK(a.kind == AnnotationKind::SourceCheck);
    CHECK(a.check().checks.size() == 1);
    CHECK(a.definition().term.empty());  // the definition body was replaced, not kept beside
}

TEST_CASE("Reading another kind's body gives an empty body and changes nothing", "[annotation]") {
    Annotation a;
    a.edit_figure().value = 58500;
    a.edit_figure().counts = "TEU";
    const Annotation& view = a;
    CHECK(view.check().parts.empty());
    CHECK(view.definition().term.empty());
    CHECK(view.note().text.empty());
    CHECK(view.conflict().members.empty());
    CHECK(a.kind == AnnotationKind::Figure);
    CHECK(a.figure().value == 58500);
    CHECK(a.figure().counts == "TEU");
}

TEST_CASE("An annotation stores one body, not one of each kind", "[annotation]") {
    CHECK(std::holds_alternative<gloss::FigureBody>(Annotation{}.body));
    CHECK(sizeof(Annotation) < sizeof(gloss::FigureBody) + sizeof(gloss::SourceCheckBody) + sizeof(gloss::DefinitionBody));
}

TEST_CASE("JSON positions count code points however far into a text of multi-byte letters", "[annotation]") {
    std::string text;
    for (int i = 0; i < 40; ++i) text += "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80 ";  // a é € 😀 and a space: 1 to 4 bytes each
    const gloss::Document doc(text);
    gloss::AnnotationSet set;
    for (std::uint32_t b = 0; b < text.size(); ++b) {
        if ((static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) continue;  // not the start of a code point
        Annotation& a = set.items.emplace_back();
        a.edit_figure().value = b;
        a.range = {b, static_cast<std::uint32_t>(text.size())};
    }
    gloss::AnnotationJsonOptions options;
    options.indent = -1;
    const nlohmann::json coll = nlohmann::json::parse(gloss::annotation_collection_json(set, text, options));
    const auto& items = coll.at("first").at("items");
    REQUIRE(items.size() == set.items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto& position = items[i].at("target").at("selector")[1];
        CAPTURE(set.items[i].range.begin);
        CHECK(position.at("start") == doc.codepoint_offset(set.items[i].range.begin));
        CHECK(position.at("end") == doc.codepoint_offset(static_cast<std::uint32_t>(text.size())));
    }
}
