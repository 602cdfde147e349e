// Gross pay of the CCN 51 (IDCC 29, FEHAP): coefficient de base × valeur du point, the SMC guarantee, the complément
// technicité of cadres, the prime d'ancienneté by année d'exercice, the prime fonctionnelle, night and Sunday points,
// the × 0.925 of some structures and the prime décentralisée as an input. Pure function of grids, profile and date;
// the Ségur allowances are added on top by pay/.
#pragma once
#include <string>
#include <string_view>

#include "grid_model.h"
#include "payslip.h"
#include "profile.h"
#include "rate_sheet.h"

namespace revalo {

Result<Payslip> compute_ccn51_pay(const RateSheet& rs, const Profile& profile, const CalcOptions& options = {});

// Whether `word` is one of the space-separated words of the rule parameter `k` at the sheet's date (ccn51.cadres…).
bool ccn51_rule_lists(const RateSheet& rs, const ParamKey& k, std::string_view word);

// Année d'exercice at d: completed years of seniority (--seniority or --hired) plus the years taken over at hiring
// (--reprise), whole years, plus one (art. 08.01.1: the first year is année 1).
Result<int> ccn51_annee_exercice(const Profile& profile, Date date);

}  // namespace revalo
