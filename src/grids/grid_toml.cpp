// Shared readers of grid files: date ranges, string arrays and the provenance of values (see grid_toml.h).
#include "grid_toml.h"

namespace revalo::grid_toml {

Result<DateRange> parse_date_range(const Checker& c, const toml::table& t, std::string_view owner) {
  DateRange r;
  const toml::node* from = t.get("from");
  if (!from) return c.at(t, fmt::format("« from » manque dans {}", owner));
  auto f = c.date(*from, "from");
  if (!f) return f.error();
  r.from = *f;
  r.to = kEndOfTime;
  if (const toml::node* to = t.get("to")) {
    auto d = c.date(*to, "to");
    if (!d) return d.error();
    if (*d < r.from) return c.at(*to, fmt::format("« to » {} est avant « from » {}", d->iso(), r.from.iso()));
    r.to = *d;
    r.open_ended = false;
  }
  return r;
}

Result<std::vector<std::string>> string_array(const Checker& c, const toml::node& n, std::string_view what) {
  const toml::array* a = n.as_array();
  if (!a) return c.at(n, fmt::format("« {} » doit être un tableau de chaînes", what));
  std::vector<std::string> out;
  for (const auto& x : *a) {
    if (!x.is_string()) return c.at(x, fmt::format("« {} » doit être un tableau de chaînes", what));
    out.push_back(*x.value<std::string>());
  }
  return out;
}

Result<Provenance> parse_provenance(const Checker& c, const toml::table& t, bool source_required,
                                    const Provenance* inherited) {
  Provenance p;
  if (inherited) p = *inherited;
  p.file = c.file();
  p.line = static_cast<int>(t.source().begin.line);
  auto source = c.string(t, "source", source_required, "une valeur datée");
  if (!source) return source.error();
  if (!source->empty()) {
    // A cell with its own source inherits nothing else from its version.
    p.source = *source;
    p.url.clear();
    p.note.clear();
    p.kali.clear();
    p.confidence = Confidence::High;
    p.inferred = false;
  }
  if (source_required && p.source.empty()) return c.at(t, "une valeur datée a une « source » vide");
  for (auto [key, field] : {std::pair{"url", &p.url}, std::pair{"note", &p.note}, std::pair{"kali", &p.kali}}) {
    auto s = c.string(t, key, false, "une valeur datée");
    if (!s) return s.error();
    if (!s->empty()) *field = *s;
  }
  if (const toml::node* n = t.get("confidence")) {
    auto s = n->value<std::string>();
    if (!s || (*s != "H" && *s != "M" && *s != "U"))
      return c.at(*n, "« confidence » doit valoir \"H\", \"M\" ou \"U\"");
    p.confidence = *s == "H" ? Confidence::High : *s == "M" ? Confidence::Medium : Confidence::Uncertain;
  }
  if (const toml::node* n = t.get("inferred")) {
    if (!n->is_boolean()) return c.at(*n, "« inferred » doit valoir true ou false");
    p.inferred = *n->value<bool>();
  }
  if (p.uncertain() && p.note.empty())
    return c.at(t, "une valeur marquée confidence = \"U\" demande une « note » disant pourquoi elle est incertaine");
  return p;
}

}  // namespace revalo::grid_toml
