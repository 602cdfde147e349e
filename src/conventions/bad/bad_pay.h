// Gross pay of the home-care branch (BAD, IDCC 2941): old grid A–I until avenant 43, then the avenant 43 grid,
// ECR (art. III.19) and the SMIC floor. Pure function of the grids, the profile and the date.
#pragma once
#include "grid_model.h"
#include "payslip.h"
#include "profile.h"

namespace revalo {

Result<Payslip> compute_bad_pay(const GridSet& grids, const Profile& profile, Date date, const std::string& position,
                                const CalcOptions& options = {});

// A position key of the avenant 43 grid: catégorie.degré.échelon, and its filière if given.
struct A43Position {
  std::string filiere;  // "intervention", "support" or empty
  std::string categorie;  // "employe", "tam", "cadre"
  int degre = 0;
  int echelon = 0;  // 0 when only catégorie.degré is known (job table)
  std::string key() const;  // "employe.2.1" (the coefficient table key)
};
std::optional<A43Position> parse_a43_position(std::string_view text);
bool is_old_category(std::string_view text);

}  // namespace revalo
