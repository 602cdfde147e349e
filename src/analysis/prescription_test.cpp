// Tests of the prescription of back pay on the embedded grids (grids/common/prescription.toml).
// Private employees, Code du travail L3245-1: each month's pay is claimable for 3 years from its pay date (default the
// last day of the month; the claim made on the anniversary is in time); after the end of the contract a claim made
// within 3 years of it covers the 3 years before it; loi 2013-504 art. 21 V for claims made from 2013-06-16 to
// 2016-06-15. Public agents, loi 68-1250 art. 1 and 2: out of time from 1 January of year of service + 1 + 4; an
// interruption opens 4 new years from 1 January of the year after it.
#include "prescription.h"

#include <doctest/doctest.h>

#include "embedded_grids_for_tests.h"

using namespace revalo;

namespace {

Date day(const char* text) { return *Date::parse(text); }

MonthPrescription of(const char* month, PrescriptionInputs in) {
  auto r = month_prescription(embedded_grids_for_tests(), day(month), in);
  REQUIRE(r);
  return *r;
}

PrescriptionInputs claim(const char* d) {
  PrescriptionInputs in;
  in.claim = day(d);
  return in;
}

}  // namespace

TEST_CASE("private: each month from its pay date, 3 years (claim of 2025-03-15 over 2021-12 … 2022-05)") {
  // Pay dates 2021-12-31, 2022-01-31, 2022-02-28: + 3 years = 2024-12-31, 2025-01-31, 2025-02-28, all before
  // 2025-03-15: prescribed. 2022-03-31 + 3 years = 2025-03-31 ≥ 2025-03-15: in time; so are April and May.
  const auto in = claim("2025-03-15");
  for (const char* m : {"2021-12-01", "2022-01-01", "2022-02-01"}) CHECK(of(m, in).prescribed);
  for (const char* m : {"2022-03-01", "2022-04-01", "2022-05-01"}) CHECK_FALSE(of(m, in).prescribed);
  const auto feb = of("2022-02-01", in);
  CHECK(feb.last_claim_day == day("2025-02-28"));
  CHECK(feb.article == "Code du travail, art. L3245-1");
  CHECK(feb.rule == "3 ans à compter de la date de paie du 2022-02-28");
  CHECK_FALSE(feb.uncertain);
  CHECK(feb.prescribed_before == day("2022-03-15"));
  // The claim made on the anniversary of the pay date is in time, the day after is not.
  CHECK_FALSE(of("2022-03-01", claim("2025-03-31")).prescribed);
  CHECK(of("2022-03-01", claim("2025-04-01")).prescribed);
}

TEST_CASE("private: the usual pay day of the company") {
  // --pay-day 5: March 2022 is paid on 2022-03-05, claimable until 2025-03-05 < 2025-03-15: prescribed.
  auto in = claim("2025-03-15");
  in.pay_day = 5;
  CHECK(of("2022-03-01", in).prescribed);
  CHECK(of("2022-03-01", in).last_claim_day == day("2025-03-05"));
  // A pay day beyond the month's end is its last day: February 2022 → 2022-02-28.
  in.pay_day = 31;
  CHECK(of("2022-02-01", in).last_claim_day == day("2025-02-28"));
}

TEST_CASE("private: after the end of the contract, the 3 years before it") {
  // Contract ended 2023-06-30; a claim of 2025-03-15 (≤ 2026-06-30) covers from 2020-06-30: May 2020 (ends
  // 2020-05-31) is prescribed; June 2020 is claimable from the 30th only; December 2021 is in time although its own
  // pay date + 3 years (2024-12-31) is past.
  auto in = claim("2025-03-15");
  in.contract_end = day("2023-06-30");
  CHECK(of("2020-05-01", in).prescribed);
  const auto june = of("2020-06-01", in);
  CHECK_FALSE(june.prescribed);
  CHECK(june.partial == "seules les sommes dues à partir du 2020-06-30 peuvent être réclamées");
  CHECK_FALSE(of("2021-12-01", in).prescribed);
  CHECK(of("2021-12-01", in).prescribed_before == day("2020-06-30"));
  // A claim made more than 3 years after the end (2026-07-01 > 2026-06-30): each month from its pay date again.
  in.claim = day("2026-07-01");
  CHECK(of("2023-06-01", in).prescribed);  // 2023-06-30 + 3 years = 2026-06-30
  // A month after the end of the contract is an input error.
  CHECK_FALSE(month_prescription(embedded_grids_for_tests(), day("2023-07-01"), in));
}

TEST_CASE("private: the transitional rule of loi 2013-504 (claims made from 2013-06-16 to 2016-06-15)") {
  // Claim of 2015-01-10. June 2010 (paid 2010-06-30) was running under the 5-year law on 2013-06-16: prescribed at the
  // earlier of 2015-06-30 (5 years) and 2016-06-15 (end of the new 3 years): in time on 2015-01-10, whereas 3 years
  // from its pay date alone (2013-06-30) would be past. December 2009 (2009-12-31 + 5 years = 2014-12-31): prescribed.
  const auto in = claim("2015-01-10");
  const auto june = of("2010-06-01", in);
  CHECK_FALSE(june.prescribed);
  CHECK(june.last_claim_day == day("2015-06-30"));
  CHECK(june.uncertain);  // the day the new period starts (16 or 17 June 2013) is uncertain
  CHECK(june.article == "Loi n° 2013-504 du 14 juin 2013, art. 21 V");
  CHECK(of("2009-12-01", in).prescribed);
  // After 2016-06-15 the new law applies fully: June 2013 (2013-06-30 + 3 = 2016-06-30) is prescribed on 2016-09-01,
  // September 2013 (2016-09-30) is not.
  CHECK(of("2013-06-01", claim("2016-09-01")).prescribed);
  CHECK_FALSE(of("2013-09-01", claim("2016-09-01")).prescribed);
  CHECK_FALSE(of("2013-09-01", claim("2016-09-01")).uncertain);
}

TEST_CASE("public: 4 years from 1 January after the year of service (loi 68-1250)") {
  // 2020 pay: the 4 years run from 2021-01-01; out of time from 2025-01-01.
  auto in = claim("2024-12-15");
  in.public_agent = true;
  CHECK_FALSE(of("2020-06-01", in).prescribed);
  CHECK(of("2020-12-01", in).last_claim_day == day("2024-12-31"));
  in.claim = day("2025-01-15");
  const auto m = of("2020-06-01", in);
  CHECK(m.prescribed);
  CHECK(m.article == "Loi n° 68-1250 du 31 décembre 1968, art. 1");
  CHECK(m.rule == "4 ans à compter du 1er janvier 2021 (service de l'année 2020) : prescrit le 2025-01-01");
  CHECK(m.prescribed_before == day("2021-01-01"));
  CHECK_FALSE(of("2021-01-01", in).prescribed);
  // A written claim of 2022-05-10 interrupts it: 4 new years from 2023-01-01, out of time from 2027-01-01.
  in.interrupted = day("2022-05-10");
  const auto i = of("2020-06-01", in);
  CHECK_FALSE(i.prescribed);
  CHECK(i.last_claim_day == day("2026-12-31"));
  CHECK(i.article == "Loi n° 68-1250 du 31 décembre 1968, art. 2");
  CHECK_FALSE(i.prescribed_before);
  // An interruption after the prescription was acquired does not revive it: 2019 pay, out of time from 2024-01-01.
  in.interrupted = day("2024-03-01");
  CHECK(of("2019-06-01", in).prescribed);
}

TEST_CASE("short references of the legal texts") {
  CHECK(short_reference("Code du travail, art. L3245-1 (LEGIARTI000027566295), modifié") == "Code du travail, art. L3245-1");
  CHECK(short_reference("Loi n° 2013-504 du 14 juin 2013, art. 21 V (JORFTEXT000027546648) : « … »") ==
        "Loi n° 2013-504 du 14 juin 2013, art. 21 V");
  CHECK(short_reference("sans parenthèse") == "sans parenthèse");
}
