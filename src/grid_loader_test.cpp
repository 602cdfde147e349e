// Tests of the grid loader: schema checks with located messages, dates, cells and scales.
#include "grid_loader.h"

#include <doctest/doctest.h>

using namespace revalo;

namespace {

Result<GridSet> load(const std::string& text) { return load_grids({GridSource{"t.toml", "t.toml", text, false}}); }

const char* kHeader = "[grid]\nname = \"t\"\n";

}  // namespace

TEST_CASE("the embedded grids load and hold the BAD and SMIC parameters") {
  auto sources = collect_grid_sources("");
  REQUIRE(sources);
  auto g = load_grids(*sources);
  REQUIRE_MESSAGE(g, (g ? "" : g.error().message));
  CHECK(g->params.count("bad.point"));
  CHECK(g->params.count("bad.a43.coefficient"));
  CHECK(g->params.count("smic.monthly"));
  // Avenant 54-2022: point 5.77 € from 2022-08-01 (bad-avenant43.md §3).
  CHECK(g->number_at("bad.point", *Date::parse("2022-08-01"))->str(2) == "5.77");
  CHECK(g->number_at("bad.point", *Date::parse("2022-07-31"))->str(2) == "5.62");
}

TEST_CASE("a version without 'to' ends the day before the next one") {
  auto g = load(std::string(kHeader) +
                "[[param]]\nid = \"p\"\nlabel = \"P\"\nkind = \"scalar\"\n"
                "[[param.version]]\nfrom = 2020-01-01\nvalue = \"1.5\"\nsource = \"s1\"\n"
                "[[param.version]]\nfrom = 2021-01-01\nvalue = 2\nsource = \"s2\"\n");
  REQUIRE(g);
  const auto& v = g->params.at("p").versions;
  CHECK(v[0].to.iso() == "2020-12-31");
  CHECK(v[1].open_ended);
  CHECK(g->number_at("p", *Date::parse("2020-12-31"))->str() == "1.5");
  CHECK(g->number_at("p", *Date::parse("2021-01-01"))->str() == "2");
  auto missing = g->number_at("p", *Date::parse("2019-12-31"));
  REQUIRE_FALSE(missing);
  CHECK(missing.error().kind == ErrorKind::MissingData);
  CHECK(missing.error().message.find("2019-12-31") != std::string::npos);
}

TEST_CASE("an explicit gap is missing data, never the neighbour's value") {
  auto g = load(std::string(kHeader) +
                "[[param]]\nid = \"p\"\nlabel = \"P\"\nkind = \"scalar\"\n"
                "[[param.version]]\nfrom = 2020-01-01\nto = 2020-06-30\nvalue = 1\nsource = \"s\"\n"
                "[[param.version]]\nfrom = 2021-01-01\nvalue = 2\nsource = \"s\"\n");
  REQUIRE(g);
  CHECK_FALSE(g->number_at("p", *Date::parse("2020-08-01")));
}

TEST_CASE("schema violations are located") {
  auto floaty = load(std::string(kHeader) +
                     "[[param]]\nid = \"p\"\nlabel = \"P\"\nkind = \"scalar\"\n"
                     "[[param.version]]\nfrom = 2020-01-01\nvalue = 5.5\nsource = \"s\"\n");
  REQUIRE_FALSE(floaty);
  CHECK(floaty.error().kind == ErrorKind::Grid);
  CHECK(floaty.error().message.rfind("t.toml:9:9:", 0) == 0);

  auto unknown_key = load(std::string(kHeader) + "[[param]]\nid = \"p\"\nlabl = \"P\"\n");
  REQUIRE_FALSE(unknown_key);
  CHECK(unknown_key.error().message.find("unknown key 'labl'") != std::string::npos);

  auto bad_kind = load(std::string(kHeader) + "[[param]]\nid = \"p\"\nlabel = \"P\"\nkind = \"matrix\"\n");
  REQUIRE_FALSE(bad_kind);
  CHECK(bad_kind.error().message.find("unknown kind 'matrix'") != std::string::npos);

  auto unordered = load(std::string(kHeader) +
                        "[[param]]\nid = \"p\"\nlabel = \"P\"\nkind = \"scalar\"\n"
                        "[[param.version]]\nfrom = 2021-01-01\nvalue = 1\nsource = \"s\"\n"
                        "[[param.version]]\nfrom = 2020-01-01\nvalue = 2\nsource = \"s\"\n");
  REQUIRE_FALSE(unordered);
  CHECK(unordered.error().message.find("increasing 'from' order") != std::string::npos);

  auto dup = load_grids({GridSource{"a.toml", "a.toml", std::string(kHeader) + "[[param]]\nid = \"p\"\nlabel = \"P\"\nkind = \"scalar\"\n[[param.version]]\nfrom = 2020-01-01\nvalue = 1\nsource = \"s\"\n", false},
                         GridSource{"b.toml", "b.toml", std::string(kHeader) + "[[param]]\nid = \"p\"\nlabel = \"P\"\nkind = \"scalar\"\n[[param.version]]\nfrom = 2020-01-01\nvalue = 1\nsource = \"s\"\n", false}});
  REQUIRE_FALSE(dup);
  CHECK(dup.error().message.find("already defined in a.toml") != std::string::npos);
}

TEST_CASE("table cells may carry their own source; scales may leave a band without value") {
  auto g = load(std::string(kHeader) +
                "[[param]]\nid = \"t\"\nlabel = \"T\"\nkind = \"table\"\n"
                "[[param.version]]\nfrom = 2020-01-01\nsource = \"version text\"\nurl = \"u\"\n"
                "[param.version.cells]\nA = [270, 271]\nB = { value = \"3.5\", source = \"cell text\", confidence = \"U\", note = \"why\" }\n"
                "[[param]]\nid = \"s\"\nlabel = \"S\"\nkind = \"scale\"\n"
                "[[param.version]]\nfrom = 2020-01-01\nsource = \"x\"\n"
                "steps = [{ threshold = 0, value = 0 }, { threshold = 300 }, { threshold = 301, value = 122 }]\n");
  REQUIRE_MESSAGE(g, (g ? "" : g.error().message));
  Date d = *Date::parse("2020-05-01");
  auto a = g->cell_at("t", "A", d);
  REQUIRE(a);
  CHECK((*a)->values.size() == 2);
  CHECK((*a)->provenance.source == "version text");
  auto b = g->cell_at("t", "B", d);
  REQUIRE(b);
  CHECK((*b)->provenance.source == "cell text");
  CHECK((*b)->provenance.url.empty());
  CHECK((*b)->provenance.uncertain());
  CHECK_FALSE(g->cell_at("t", "C", d));
  const Version* v = *g->at("s", d);
  CHECK(scale_step(*v, Decimal::from_int(299))->value->str() == "0");
  CHECK_FALSE(scale_step(*v, Decimal::from_int(300))->value);
  CHECK(scale_step(*v, Decimal::from_int(400))->value->str() == "122");
}
