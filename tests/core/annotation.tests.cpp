// Annotation: one body, of the annotation's kind.
#include <catch2/catch.hpp>

#include <variant>

#include "gloss/annotation.hpp"

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
