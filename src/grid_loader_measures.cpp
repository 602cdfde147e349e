// Grid files, part 2: [[vocabulary]] (named lists of terms: structure types, jobs and their families…) and
// [[measure]] (dated pay measures with their eligibility rules), then the checks across files (docs/grid-schema.md).
#include <set>

#include "grid_toml.h"
#include "names.h"
#include "profile.h"

namespace revalo::grid_toml {
namespace {

std::optional<Error> array_of_tables(const Checker& c, const toml::node& node, std::string_view what,
                                     std::vector<const toml::table*>& out) {
  const toml::array* arr = node.as_array();
  if (!arr) return c.at(node, fmt::format("'{}' must be an array of tables ([[{}]])", what, what));
  for (const auto& n : *arr) {
    const toml::table* t = n.as_table();
    if (!t) return c.at(n, fmt::format("a [[{}]] must be a table", what));
    out.push_back(t);
  }
  return std::nullopt;
}

Result<bool> boolean(const Checker& c, const toml::table& t, std::string_view key) {
  const toml::node* n = t.get(key);
  if (!n) return false;
  if (!n->is_boolean()) return c.at(*n, fmt::format("'{}' must be true or false", key));
  return *n->value<bool>();
}

const ProfileField* profile_field(std::string_view name) {
  for (const auto& f : profile_fields())
    if (f.name == name) return &f;
  return nullptr;
}

Result<Term> parse_term(const Checker& c, const toml::table& t) {
  if (auto e = c.only_keys(t, {"id", "label", "aliases", "groups", "group", "implies", "note"}, "a [[vocabulary.term]]"))
    return *e;
  Term term;
  term.file = c.file();
  term.line = static_cast<int>(t.source().begin.line);
  for (auto [key, field, required] : {std::tuple{"id", &term.id, true}, std::tuple{"label", &term.label, true},
                                      std::tuple{"note", &term.note, false}}) {
    auto s = c.string(t, key, required, "a [[vocabulary.term]]");
    if (!s) return s.error();
    *field = *s;
  }
  if (normalize_name(term.id) != term.id)
    return c.at(*t.get("id"), fmt::format("term id '{}' must be lowercase ASCII words joined by '-' (e.g. '{}')",
                                          term.id, normalize_name(term.id)));
  for (auto [key, field] : {std::pair{"aliases", &term.aliases}, std::pair{"groups", &term.groups}}) {
    if (const toml::node* n = t.get(key)) {
      auto a = string_array(c, *n, key);
      if (!a) return a.error();
      *field = std::move(*a);
    }
  }
  auto group = boolean(c, t, "group");
  if (!group) return group.error();
  term.group = *group;
  if (const toml::node* n = t.get("implies")) {
    const toml::table* imp = n->as_table();
    if (!imp) return c.at(*n, "'implies' must be a table { vocabulary = \"term\" }");
    for (const auto& [k, v] : *imp) {
      if (!v.is_string()) return c.at(v, "'implies' values must be term ids (strings)");
      term.implies.emplace(std::string(k.str()), *v.value<std::string>());
    }
  }
  return term;
}

Result<Clause> parse_clause(const Checker& c, const toml::table& t, const std::string& measure) {
  static const std::set<std::string, std::less<>> kKeys = {
      "effect", "row", "label", "from", "to", "amount", "amount_key", "pay_label",
      "source", "url", "note", "kali", "confidence", "inferred"};
  Clause cl;
  const std::string owner = fmt::format("a rule of measure '{}'", measure);
  if (const toml::node* e = t.get("effect")) {
    auto s = e->value<std::string>();
    if (!s || (*s != "include" && *s != "exclude" && *s != "undecidable"))
      return c.at(*e, "'effect' must be \"include\", \"exclude\" or \"undecidable\"");
    cl.effect = *s == "include" ? ClauseEffect::Include : *s == "exclude" ? ClauseEffect::Exclude
                                                                          : ClauseEffect::Undecidable;
  }
  for (auto [key, field, required] :
       {std::tuple{"row", &cl.row, false}, std::tuple{"label", &cl.label, true},
        std::tuple{"amount", &cl.amount, false}, std::tuple{"amount_key", &cl.amount_key, false},
        std::tuple{"pay_label", &cl.pay_label, false}}) {
    auto s = c.string(t, key, required, owner);
    if (!s) return s.error();
    *field = *s;
  }
  auto range = parse_date_range(c, t, owner);
  if (!range) return range.error();
  cl.from = range->from;
  cl.to = range->to;
  cl.open_ended = range->open_ended;
  auto p = parse_provenance(c, t, true, nullptr);
  if (!p) return p.error();
  cl.provenance = *p;
  if (cl.effect == ClauseEffect::Include && cl.amount.empty())
    return c.at(t, fmt::format("{} includes people: it needs an 'amount' (a parameter id)", owner));
  if (cl.effect == ClauseEffect::Exclude && !cl.amount.empty())
    return c.at(*t.get("amount"), "an exclusion rule gives no amount");
  if (!cl.amount_key.empty() && cl.amount.empty()) return c.at(*t.get("amount_key"), "'amount_key' needs 'amount'");
  // Every other key is a criterion: a vocabulary id with a list of terms, or a yes/no profile field with a boolean.
  for (const auto& [k, v] : t) {
    std::string key(k.str());
    if (kKeys.count(key)) continue;
    if (v.is_boolean()) {
      const ProfileField* f = profile_field(key);
      if (!f || f->type != FieldType::Bool)
        return c.at(v, fmt::format("'{}' is not a yes/no profile field: a boolean criterion names one", key));
      cl.flags.emplace(key, *v.value<bool>());
      continue;
    }
    auto list = string_array(c, v, key);
    if (!list) {
      return c.at(v, fmt::format("unknown key '{}' in {}: a criterion is a vocabulary id with an array of term ids, "
                                 "or a yes/no profile field with true or false",
                                 key, owner));
    }
    if (list->empty()) return c.at(v, fmt::format("criterion '{}' lists no term", key));
    cl.terms.emplace(key, std::move(*list));
  }
  if (cl.terms.empty() && cl.flags.empty() && cl.effect != ClauseEffect::Include)
    return c.at(t, fmt::format("{} has no criterion: it would apply to everybody", owner));
  return cl;
}

Error at_line(const std::string& file, int line, const std::string& msg) {
  return make_error(ErrorKind::Grid, fmt::format("{}:{}:1: {}", file, line, msg));
}

const Term* find_term(const Vocabulary& v, std::string_view id) {
  for (const auto& t : v.terms)
    if (t.id == id) return &t;
  return nullptr;
}

std::vector<std::string> term_ids(const Vocabulary& v) {
  std::vector<std::string> out;
  for (const auto& t : v.terms) out.push_back(t.id);
  return out;
}

std::vector<std::string> vocabulary_ids(const GridSet& set) {
  std::vector<std::string> out;
  for (const auto& v : set.vocabularies) out.push_back(v.id);
  return out;
}

}  // namespace

std::optional<Error> load_vocabularies(const Checker& c, const toml::node& node, GridSet& set) {
  std::vector<const toml::table*> tables;
  if (auto e = array_of_tables(c, node, "vocabulary", tables)) return e;
  for (const toml::table* t : tables) {
    if (auto e = c.only_keys(*t, {"id", "label", "default", "term"}, "a [[vocabulary]]")) return e;
    Vocabulary v;
    v.file = c.file();
    for (auto [key, field, required] : {std::tuple{"id", &v.id, true}, std::tuple{"label", &v.label, true},
                                        std::tuple{"default", &v.default_term, false}}) {
      auto s = c.string(*t, key, required, "a [[vocabulary]]");
      if (!s) return s.error();
      *field = *s;
    }
    const ProfileField* f = profile_field(v.id);
    if (!f || f->type != FieldType::Text)
      return c.at(*t->get("id"), fmt::format("vocabulary '{}' must be named after the text profile field whose values "
                                             "it lists (e.g. structure, job, employer)",
                                             v.id));
    if (const Vocabulary* other = set.vocabulary(v.id))
      return c.at(*t, fmt::format("vocabulary '{}' is already defined in {}", v.id, other->file));
    const toml::node* terms = t->get("term");
    if (!terms) return c.at(*t, fmt::format("vocabulary '{}' has no [[vocabulary.term]]", v.id));
    std::vector<const toml::table*> term_tables;
    if (auto e = array_of_tables(c, *terms, "vocabulary.term", term_tables)) return e;
    std::map<std::string, std::string> names;  // normalized id, label or alias → term id
    for (const toml::table* tt : term_tables) {
      auto term = parse_term(c, *tt);
      if (!term) return term.error();
      std::vector<std::string> all = term->aliases;
      all.push_back(term->id);
      all.push_back(term->label);
      for (const auto& n : all) {
        auto [it, fresh] = names.emplace(normalize_name(n), term->id);
        if (!fresh && it->second != term->id)
          return c.at(*tt, fmt::format("'{}' names both '{}' and '{}' in vocabulary '{}'", n, it->second, term->id,
                                       v.id));
      }
      v.terms.push_back(std::move(*term));
    }
    for (const auto& term : v.terms) {
      for (const auto& g : term.groups) {
        const Term* grp = find_term(v, g);
        if (!grp || !grp->group)
          return at_line(term.file, term.line,
                         fmt::format("term '{}' of vocabulary '{}' is in group '{}', which is not a group term of it",
                                     term.id, v.id, g));
      }
    }
    if (!v.default_term.empty()) {
      const Term* d = find_term(v, v.default_term);
      if (!d || d->group)
        return c.at(*t->get("default"), fmt::format("default '{}' is not a term of vocabulary '{}'", v.default_term, v.id));
    }
    set.vocabularies.push_back(std::move(v));
  }
  return std::nullopt;
}

std::optional<Error> load_measures(const Checker& c, const toml::node& node, GridSet& set) {
  std::vector<const toml::table*> tables;
  if (auto e = array_of_tables(c, node, "measure", tables)) return e;
  for (const toml::table* t : tables) {
    if (auto e = c.only_keys(*t, {"id", "label", "note", "line", "pay_label", "residual", "supersedes", "rule"},
                             "a [[measure]]"))
      return e;
    Measure m;
    m.file = c.file();
    for (auto [key, field, required] :
         {std::tuple{"id", &m.id, true}, std::tuple{"label", &m.label, true}, std::tuple{"note", &m.note, false},
          std::tuple{"line", &m.line, false}, std::tuple{"pay_label", &m.pay_label, false}}) {
      auto s = c.string(*t, key, required, "a [[measure]]");
      if (!s) return s.error();
      *field = *s;
    }
    if (const Measure* other = set.measure(m.id))
      return c.at(*t, fmt::format("measure '{}' is already defined in {}", m.id, other->file));
    auto residual = boolean(c, *t, "residual");
    if (!residual) return residual.error();
    m.residual = *residual;
    if (const toml::node* n = t->get("supersedes")) {
      auto a = string_array(c, *n, "supersedes");
      if (!a) return a.error();
      m.supersedes = std::move(*a);
    }
    const toml::node* rules = t->get("rule");
    if (!rules) return c.at(*t, fmt::format("measure '{}' has no [[measure.rule]]", m.id));
    std::vector<const toml::table*> rule_tables;
    if (auto e = array_of_tables(c, *rules, "measure.rule", rule_tables)) return e;
    for (const toml::table* rt : rule_tables) {
      auto cl = parse_clause(c, *rt, m.id);
      if (!cl) return cl.error();
      m.clauses.push_back(std::move(*cl));
    }
    set.measures.push_back(std::move(m));
  }
  return std::nullopt;
}

std::optional<Error> check_measure_references(const GridSet& set) {
  for (const auto& v : set.vocabularies) {
    for (const auto& term : v.terms) {
      for (const auto& [vid, tid] : term.implies) {
        const Vocabulary* other = set.vocabulary(vid);
        if (!other)
          return at_line(term.file, term.line, fmt::format("term '{}' implies a value of '{}', which is not a "
                                                           "vocabulary (known: {})",
                                                           term.id, vid, fmt::join(vocabulary_ids(set), ", ")));
        const Term* implied = find_term(*other, tid);
        if (!implied || implied->group)
          return at_line(term.file, term.line,
                         fmt::format("term '{}' implies {} '{}', which is not a term of that vocabulary", term.id,
                                     vid, tid));
      }
    }
  }
  for (const auto& m : set.measures) {
    for (const auto& s : m.supersedes)
      if (!set.measure(s))
        return make_error(ErrorKind::Grid, fmt::format("{}:1:1: measure '{}' supersedes unknown measure '{}'",
                                                       m.file, m.id, s));
    for (const auto& cl : m.clauses) {
      const Provenance& p = cl.provenance;
      for (const auto& [vid, ids] : cl.terms) {
        const Vocabulary* v = set.vocabulary(vid);
        if (!v)
          return at_line(p.file, p.line, fmt::format("measure '{}': '{}' is neither a vocabulary ({}) nor a rule key",
                                                     m.id, vid, fmt::join(vocabulary_ids(set), ", ")));
        for (const auto& id : ids)
          if (!find_term(*v, id))
            return at_line(p.file, p.line,
                           fmt::format("measure '{}': '{}' is not a term of vocabulary '{}'; nearest: {}", m.id, id,
                                       vid, fmt::join(nearest_names(id, term_ids(*v)), ", ")));
      }
      if (cl.amount.empty()) continue;
      auto it = set.params.find(cl.amount);
      if (it == set.params.end())
        return at_line(p.file, p.line, fmt::format("measure '{}': amount '{}' is not a parameter", m.id, cl.amount));
      const Parameter& a = it->second;
      if (a.unit != "points" && a.unit != "EUR")
        return at_line(p.file, p.line, fmt::format("measure '{}': amount '{}' has unit '{}'; a measure's amount is in "
                                                   "\"points\" (of indice majoré) or \"EUR\"",
                                                   m.id, cl.amount, a.unit));
      if (a.kind != ParamKind::Scalar && a.kind != ParamKind::Table)
        return at_line(p.file, p.line,
                       fmt::format("measure '{}': amount '{}' must be a scalar or a table", m.id, cl.amount));
      if (a.kind == ParamKind::Scalar && !cl.amount_key.empty())
        return at_line(p.file, p.line,
                       fmt::format("measure '{}': amount '{}' is a scalar, it takes no amount_key", m.id, cl.amount));
    }
  }
  return std::nullopt;
}

}  // namespace revalo::grid_toml
