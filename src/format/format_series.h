// Output of the series commands (history, rappel, career): French text tables, CSV and JSON with stable English keys
// (docs/output.md), and the Chart and table the SVG/HTML writers draw (chart.h).
#pragma once
#include <string>

#include "career_curve.h"
#include "chart.h"
#include "format.h"
#include "monthly_pay.h"
#include "rappel.h"

namespace revalo {

std::string history_text(const std::vector<MonthPay>& h, const Profile& p, const FormatOptions& o);
std::string history_csv(const std::vector<MonthPay>& h, const FormatOptions& o);
std::string history_json(const std::vector<MonthPay>& h, const Profile& p);
Chart history_chart(const std::vector<MonthPay>& h, const Profile& p);
ChartTable history_table(const std::vector<MonthPay>& h);

std::string rappel_text(const Rappel& r, const Profile& p, const FormatOptions& o);
std::string rappel_csv(const Rappel& r, const FormatOptions& o);
std::string rappel_json(const Rappel& r, const Profile& p);
Chart rappel_chart(const Rappel& r, const Profile& p);
ChartTable rappel_table(const Rappel& r);

std::string career_text(const Career& c, const Profile& p, const FormatOptions& o);
std::string career_csv(const Career& c, const FormatOptions& o);
std::string career_json(const Career& c, const Profile& p);
Chart career_chart(const Career& c, const Profile& p);
ChartTable career_table(const Career& c);

}  // namespace revalo
