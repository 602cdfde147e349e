// Property tests of the calculator over many generated BAD profiles: monotony in seniority, proration, compare
// deltas, and batch = single computations.
#include <doctest/doctest.h>

#include "embedded_grids_for_tests.h"

#include <set>
#include <sstream>

#include "batch.h"
#include "grid_loader.h"
#include "pay.h"
#include "rate_sheet.h"

using namespace revalo;

namespace {

const GridSet& grids() { return embedded_grids_for_tests(); }

const char* kPositions[] = {"employe.1.1", "employe.1.3", "employe.2.2", "tam.1.1", "tam.2.3", "cadre.1.2", "cadre.2.3"};
const char* kDates[] = {"2021-10-01", "2022-01-01", "2022-07-01", "2022-07-20", "2022-08-01", "2023-06-01",
                        "2024-03-01", "2025-06-01", "2026-06-01"};

Profile base_profile(const char* position, int seniority, int diploma) {
  Profile p;
  p.convention = "bad";
  p.position = position;
  p.seniority = Decimal::from_int(seniority);
  if (diploma) p.extra["diploma_level"] = diploma;
  return p;
}

}  // namespace

TEST_CASE("gross never decreases with seniority, for a position and a date") {
  for (const char* pos : kPositions)
    for (const char* d : kDates) {
      Decimal previous;
      for (int years = 0; years <= 40; ++years) {
        auto s = compute_pay(grids(), base_profile(pos, years, 4), *Date::parse(d));
        REQUIRE_MESSAGE(s, pos << " " << d << " " << years);
        CHECK_MESSAGE(previous <= s->gross, pos << " " << d << " " << years);
        previous = s->gross;
      }
    }
}

TEST_CASE("net is below gross, and net payé = net avant impôt − PAS, for every generated profile") {
  for (const char* pos : kPositions)
    for (const char* d : kDates)
      for (int years : {0, 7, 16, 33})
        for (const char* fte : {"1", "0.55"}) {
          Profile p = base_profile(pos, years, 4);
          p.fte = Decimal::parse(fte);
          auto s = compute_pay(grids(), p, *Date::parse(d));
          REQUIRE(s);
          REQUIRE(s->net);
          const auto& n = *s->net;
          CHECK_MESSAGE(*n.net_before_tax.amount < s->gross, pos << " " << d);
          CHECK_MESSAGE(*n.net_paid.amount <= *n.net_before_tax.amount, pos << " " << d);
          CHECK(*n.net_paid.amount == *n.net_before_tax.amount - *n.income_tax.amount);
          CHECK(*n.net_before_tax.amount > Decimal());
        }
}

TEST_CASE("prorated lines are the full-time amounts × the working-time ratio, each rounded to the cent") {
  for (const char* pos : kPositions)
    for (const char* d : kDates)
      for (const char* fte : {"0.5", "0.8", "0.37"}) {
        Profile p = base_profile(pos, 12, 3);
        p.extra["tutored"] = 1;  // flat: not prorated
        auto full = compute_pay(grids(), p, *Date::parse(d));
        p.fte = Decimal::parse(fte);
        auto part = compute_pay(grids(), p, *Date::parse(d));
        REQUIRE(full);
        REQUIRE(part);
        REQUIRE(full->lines.size() == part->lines.size());
        for (std::size_t i = 0; i < full->lines.size(); ++i) {
          const auto& f = full->lines[i];
          if (f.kind != LineKind::Earning) continue;
          Decimal expected = f.code == "ecr_tutoring" ? f.amount : (f.amount * *p.fte);
          // The part-time line is rounded from exact amounts, the product from a rounded one: at most 1 cent apart.
          Decimal diff = part->lines[i].amount - expected.round_cents();
          CHECK_MESSAGE(diff <= *Decimal::parse("0.01"), f.code << " " << pos << " " << d << " " << fte);
          CHECK_MESSAGE(-diff <= *Decimal::parse("0.01"), f.code << " " << pos << " " << d << " " << fte);
        }
      }
}

TEST_CASE("compare delta = after − before, and the sum of the lines is the gross") {
  for (const char* pos : kPositions)
    for (int years : {0, 6, 11, 22, 31}) {
      Profile p = base_profile(pos, years, 5);
      auto c = compute_compare(grids(), p, *Date::parse("2022-07-01"), *Date::parse("2026-06-01"));
      REQUIRE(c);
      CHECK(c->delta_gross == c->after.gross - c->before.gross);
      Decimal sum;
      for (const auto& l : c->after.lines)
        if (l.kind == LineKind::Earning) sum += l.amount;
      CHECK(sum == c->after.gross);
    }
}

TEST_CASE("a batch of N profiles gives the gross of N single computations, in order") {
  std::string csv = "position,seniority,diploma_level,fte\n";
  std::vector<Decimal> expected;
  int n = 0;
  for (const char* pos : kPositions)
    for (int years : {0, 5, 10, 15, 20, 25, 30})
      for (const char* fte : {"1", "0.6"}) {
        csv += std::string(pos) + "," + std::to_string(years) + ",3," + fte + "\n";
        Profile p = base_profile(pos, years, 3);
        p.fte = Decimal::parse(fte);
        expected.push_back(compute_pay(grids(), p, *Date::parse("2024-03-01"))->gross);
        ++n;
      }
  std::istringstream in(csv);
  auto reader = BatchReader::open(in, BatchFormat::Auto, 0);
  REQUIRE(reader);
  BatchOptions o;
  o.defaults.convention = "bad";
  o.defaults.at = Date::parse("2024-03-01");
  std::ostringstream out;
  auto summary = run_batch(grids(), *reader, o, out);
  REQUIRE(summary);
  CHECK(summary->rows == n);
  CHECK(summary->errors == 0);
  std::istringstream rows(out.str());
  std::string line;
  std::getline(rows, line);  // header
  for (int i = 0; i < n; ++i) {
    REQUIRE(std::getline(rows, line));
    CHECK_MESSAGE(line.find("," + expected[i].fixed(2) + ",") != std::string::npos, line);
  }
}

namespace {

// What differs between an explained payslip and the lean one of the same profile (empty: nothing). The lean lines
// are the explained ones without the net layer's (deductions and information lines), whose flags the lean payslip
// keeps in NetFigures::lean_flags.
std::string lean_differences(const Payslip& rich, const Payslip& thin) {
  std::ostringstream out;
  if (rich.gross != thin.gross) out << "gross; ";
  SourceFlags rich_flags, thin_flags = thin.net->lean_flags;
  std::size_t j = 0;
  for (const PayLine& a : rich.lines) {
    rich_flags.add(a.flags());
    if (j < thin.lines.size() && thin.lines[j].code == a.code) {
      const PayLine& b = thin.lines[j++];
      if (a.amount != b.amount || a.base != b.base || a.rate != b.rate || a.inferred != b.inferred ||
          a.uncertain != b.uncertain || a.scenario != b.scenario)
        out << "line " << a.code << "; ";
      if (b.explained || !b.label.empty() || !b.sources.empty()) out << "lean line with text " << b.code << "; ";
      thin_flags.add(b.flags());
    } else if (a.kind != LineKind::Deduction && a.kind != LineKind::Info) {
      out << "line missing from the lean payslip " << a.code << "; ";
    }
  }
  if (j != thin.lines.size()) out << "lean lines not in the explained payslip; ";
  if (rich_flags.inferred != thin_flags.inferred || rich_flags.uncertain != thin_flags.uncertain ||
      rich_flags.scenario != thin_flags.scenario)
    out << "flags; ";
  if (rich.net->employer_shares != thin.net->employer_shares) out << "employer shares; ";
  for (std::size_t i = 0; i < std::size(kNetFigureCodes); ++i)
    if (rich.net->all()[i]->amount != thin.net->all()[i]->amount) out << kNetFigureCodes[i] << "; ";
  if (rich.employer.has_value() != thin.employer.has_value() || (rich.employer && rich.employer->cost != thin.employer->cost))
    out << "employer cost; ";
  if (rich.position_inferred != thin.position_inferred || rich.position != thin.position) out << "position; ";
  return out.str();
}

// The dates from 2020 on where a parameter of the BAD, the common grids (SMIC…) or the net layer changes.
std::vector<Date> grid_change_dates() {
  std::set<Date> dates;
  for (const auto& [id, param] : grids().params)
    if (param.file.find("grids/bad/") != std::string::npos || param.file.find("grids/common/") != std::string::npos ||
        param.file.find("grids/net/") != std::string::npos)
      for (const auto& v : param.versions)
        if (v.from >= *Date::from_ymd(2020, 1, 1)) dates.insert(v.from);
  return {dates.begin(), dates.end()};
}

}  // namespace

TEST_CASE("a lean payslip (batch) has the figures and flags of the explained one (pay), for every generated profile") {
  // One computation, two views: the lean payslip skips labels, formulas and sources, and the net layer's lines,
  // never a figure. Every avenant 43 position (and an old category before it) × seniority 0–40 × four working times
  // × every date a BAD, SMIC or net parameter changes, every other seniority with the employer side.
  RateSheets sheets;
  const CalcOptions lean{false};
  const std::vector<Date> dates = grid_change_dates();
  REQUIRE(dates.size() > 15);
  long compared = 0, different = 0;
  for (const Date date : dates) {
    const RateSheet& rs = sheets.at(grids(), date);
    for (const char* categorie : {"employe", "tam", "cadre"})
      for (int degre = 1; degre <= 2; ++degre)
        for (int echelon = 1; echelon <= 3; ++echelon) {
          const std::string pos = std::string(categorie) + "." + std::to_string(degre) + "." + std::to_string(echelon);
          for (int years = 0; years <= 40; ++years)
            for (const char* hours : {"", "121.34", "75.835", "151.67"}) {
              Profile p = base_profile(pos.c_str(), years, 3 + years % 6);
              p.extra["old_position"] = std::string(1, static_cast<char>('A' + (years + degre) % 9));
              if (*hours) p.hours = Decimal::parse(hours);
              if (years % 2) {
                p.headcount = 60;
                p.taux_at = Decimal::parse("2.1");
              }
              auto rich = compute_pay(grids(), p, date);
              auto thin = compute_pay(rs, p, {}, lean);
              if (rich.ok() != thin.ok()) FAIL_CHECK(pos << " " << date.iso() << " " << years << ": one fails");
              if (!rich || !thin) continue;
              ++compared;
              if (const std::string d = lean_differences(*rich, *thin); !d.empty() && ++different <= 10)
                FAIL_CHECK(pos << " " << date.iso() << " " << years << " " << hours << ": " << d);
            }
        }
  }
  CHECK(different == 0);
  CHECK(compared > 60000);
}
