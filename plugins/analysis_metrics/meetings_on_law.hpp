// A meeting counted (党组会议, 党委会, 局务会, 常务会议, 专题会议 …) is a meeting on the rule of law only when its
// words say it took up law: 党委会议8次专题研究法治政府建设 is one, 全年召开党委会议33次 counts every session the body
// held.
#pragma once

#include <string_view>
#include <vector>

#include "docpipe/layers.hpp"

namespace docpipe::metrics {

// Whether words speak of law: a 法 that is no 办法, 方法, 做法 … (法治, 依法, 执法, 普法, 《…法》), or a review or a
// lawsuit (复议, 诉讼, 规范性文件).
bool speaks_of_law(std::u32string_view words);

// Clears the code rule_of_law_meetings of a figure whose clause, the clause after it in its sentence
// (…5次，专题研究法治 政府建设; not a 其中 part nor a deed with a figure of its own), and the opening clause of its
// sentence (the subject the sentence is about: 政府法律顾问参与…，列席政府常务会议26次), say nothing of law. A meeting
// the report only counts is no meeting on the rule of law: summed with those, it would make every session of a party
// group one. Topic meetings alone (召开专题会议4次) whose topic neither their clause nor the next names are on the
// report's.
void clear_meetings_on_no_law(std::vector<Metric>& metrics, std::u32string_view text);

}  // namespace docpipe::metrics
