// Tests of payslip_file: the month (last day of the month, or the date written), the [profile] table, the lines and
// totals, and located input errors.
#include "payslip_file.h"

#include <doctest/doctest.h>

using namespace revalo;

namespace {

const char* kProfile = "[profile]\nconvention = \"bad\"\nposition = \"employe.2.1\"\nseniority = \"7\"\n";

Result<PayslipFile> parse(const std::string& head, const std::string& rest) {
  return parse_payslip_toml("fiche.toml", head + "\n" + kProfile + rest);
}

std::string error_of(const Result<PayslipFile>& r) {
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().kind == ErrorKind::Input);
  return r.error().message;
}

const char* kLine = "[[line]]\ncode = \"base\"\namount = \"1895.44\"\n";

}  // namespace

TEST_CASE("payslip file: month AAAA-MM is the month's last day, a date is kept") {
  auto f = parse("month = \"2024-02\"", kLine);
  REQUIRE(f.ok());
  CHECK(f->date.iso() == "2024-02-29");  // leap year
  CHECK(f->whole_month);
  auto g = parse("month = \"2022-03-15\"", kLine);
  REQUIRE(g.ok());
  CHECK(g->date.iso() == "2022-03-15");
  CHECK_FALSE(g->whole_month);
  auto h = parse("month = 2022-03-15", kLine);
  REQUIRE(h.ok());
  CHECK(h->date.iso() == "2022-03-15");
  CHECK(error_of(parse("month = \"2022-13\"", kLine)).find("fiche.toml:1:9:") == 0);
  CHECK(error_of(parse("", kLine)).find("« month » manque") != std::string::npos);
}

TEST_CASE("payslip file: profile, lines with base and rate as written, totals") {
  auto f = parse("month = \"2022-03\"",
                 "[[line]]\ncode = \"base\"\nlabel = \"Salaire de base\"\nbase = 344\nrate = \"5.51\"\n"
                 "amount = \"1895.44\"\n[[line]]\ncode = \"csg_deductible\"\nbase = \"1959,07\"\nrate = \"6.8\"\n"
                 "amount = \"133.22\"\n[totals]\nnet_paid = \"1544.06\"\ngross = 1993\n");
  REQUIRE(f.ok());
  CHECK(f->profile.convention == "bad");
  CHECK(f->profile.position == "employe.2.1");
  REQUIRE(f->lines.size() == 2);
  const PrintedLine& b = f->lines[0];
  CHECK(b.code == "base");
  CHECK(b.label == "Salaire de base");
  CHECK(b.kind == LineKind::Earning);
  CHECK(b.base->str() == "344");
  CHECK(b.base_decimals == 0);
  CHECK(b.rate->str() == "5.51");
  CHECK(b.rate_decimals == 2);
  CHECK(b.amount.str(2) == "1895.44");
  CHECK(b.source_line == 6);  // the [[line]] header
  CHECK(f->lines[1].kind == LineKind::Deduction);
  CHECK(f->lines[1].base_decimals == 2);  // decimal comma
  CHECK(f->lines[1].rate_decimals == 1);
  // Totals in the order of payslip_total_codes(), whatever the order in the file.
  REQUIRE(f->totals.size() == 2);
  CHECK(f->totals[0].code == "gross");
  CHECK(f->totals[0].amount.str(2) == "1993.00");
  CHECK(f->totals[1].code == "net_paid");
}

TEST_CASE("payslip file: located errors") {
  // Malformed TOML: file:line:column.
  CHECK(error_of(parse("month = \"2022-03", kLine)).find("fiche.toml:1:") == 0);
  // Unknown line code: the nearest codes.
  auto unknown = error_of(parse("month = \"2022-03\"", "[[line]]\ncode = \"ecr_seniorty\"\namount = \"37.91\"\n"));
  CHECK(unknown.find("fiche.toml:7:8: code de ligne inconnu : « ecr_seniorty » ; codes proches : ecr_seniority") == 0);
  // A TOML float is inexact.
  CHECK(error_of(parse("month = \"2022-03\"", "[[line]]\ncode = \"base\"\namount = 1895.44\n"))
            .find("virgule flottante") != std::string::npos);
  // The same code twice.
  CHECK(error_of(parse("month = \"2022-03\"", std::string(kLine) + kLine)).find("en double (déjà ligne 6") !=
        std::string::npos);
  // A deduction written negative.
  CHECK(error_of(parse("month = \"2022-03\"", "[[line]]\ncode = \"crds\"\namount = \"-9.80\"\n"))
            .find("en positif") != std::string::npos);
  // Missing amount, unknown keys, unknown total, a date in the profile, nothing to check.
  CHECK(error_of(parse("month = \"2022-03\"", "[[line]]\ncode = \"base\"\n")).find("« amount » manque") !=
        std::string::npos);
  CHECK(error_of(parse("month = \"2022-03\"", "[[line]]\ncode = \"base\"\namount = 1\nmontant = 1\n"))
            .find("clé inconnue « montant »") != std::string::npos);
  CHECK(error_of(parse("month = \"2022-03\"", "[totals]\nbrut = 1\n")).find("total inconnu : « brut »") !=
        std::string::npos);
  CHECK(error_of(parse_payslip_toml("fiche.toml", "month = \"2022-03\"\n[profile]\nat = 2022-03-01\n" + std::string(kLine)))
            .find("« at » n'a pas sa place") != std::string::npos);
  CHECK(error_of(parse("month = \"2022-03\"", "")).find("ni ligne") != std::string::npos);
  // A bad profile field keeps the profile file's message, located.
  CHECK(error_of(parse_payslip_toml("fiche.toml", "month = \"2022-03\"\n[profile]\nseniorty = 7\n" + std::string(kLine)))
            .find("fiche.toml:3:") == 0);
  CHECK(load_payslip_file("/nonexistent/fiche.toml").error().message.find("impossible de lire") == 0);
}

TEST_CASE("payslip file: every line code has a kind") {
  for (const auto& code : payslip_line_codes()) CHECK(payslip_line_kind(code).has_value());
  CHECK(payslip_line_kind("income_tax") == LineKind::Deduction);
  CHECK(payslip_line_kind("health_insurance_employer") == LineKind::Info);
  CHECK_FALSE(payslip_line_kind("gross").has_value());
}
