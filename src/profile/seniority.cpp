// Seniority computations (see seniority.h).
#include "seniority.h"

#include <fmt/format.h>

namespace revalo {
namespace {

int whole_years_since(Date start, Date d) {
  int n = d.year() - start.year();
  if (n > 0 && start.add_years(n) > d) --n;
  return n;
}

}  // namespace

Result<Decimal> completed_years(const Profile& p, Date d) {
  if (p.hired) {
    if (*p.hired > d)
      return make_error(ErrorKind::Input,
                        fmt::format("la date d'embauche {} est postérieure à la date de paie {}", p.hired->iso(), d.iso()));
    return Decimal::from_int(whole_years_since(*p.hired, d));
  }
  if (p.seniority) return *p.seniority;
  return make_error(ErrorKind::Input, "ancienneté inconnue : donnez --seniority ANNÉES ou --hired AAAA-MM-JJ");
}

Result<Decimal> years_for_day_after_steps(const Profile& p, Date d) {
  auto years = completed_years(p, d);
  if (!years || !p.hired) return years;
  int n = static_cast<int>(years->integer_part());
  if (n > 0 && p.hired->add_years(n) == d) return Decimal::from_int(n) - Decimal::from_raw(1);
  return years;
}

}  // namespace revalo
