// Dated parameter lookups with their source (see param_value.h).
#include "param_value.h"

namespace revalo {

Result<ParamValue> param_at(const RateSheet& rs, const ParamKey& k) {
  if (const ParamValue* v = rs.value(k)) return *v;
  auto v = rs.at(k);  // the MissingData error naming the parameter
  if (!v) return v.error();
  return ParamValue{(*v)->number, rs.source(k, **v), (*v)->text};
}

Result<ParamValue> param_at(const GridSet& g, std::string_view id, Date d) {
  auto v = g.at(id, d);
  if (!v) return v.error();
  return ParamValue{(*v)->number, grid_source(g, id, **v), (*v)->text};
}

}  // namespace revalo
