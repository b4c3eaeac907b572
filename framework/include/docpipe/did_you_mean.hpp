// "did you mean …?" for a name that is not known: the known name nearest by edit distance, when it is
// near enough to be a slip of the keyboard rather than another name. Used by the host for plugin names,
// node ids and parameter names, and by plugins for their own vocabularies (rule ids, report parts).
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "docpipe/text.hpp"

namespace docpipe {

// Edit distance in code points (a Chinese character is one edit, not three), counting an insertion, a
// deletion, a substitution or a swap of two neighbours ("cvs" for "csv") as one edit.
inline std::size_t edit_distance(std::string_view a_utf8, std::string_view b_utf8) {
  const std::u32string a = decode_utf8(a_utf8);
  const std::u32string b = decode_utf8(b_utf8);
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

// The candidate nearest to `word`, or "" when none is within a third of the word's length (at least 1,
// at most 3 edits). Ties go to the first candidate, so the answer is deterministic.
inline std::string nearest_name(std::string_view word, const std::vector<std::string>& candidates) {
  const std::size_t length = count_code_points(word);
  const std::size_t allowed = std::clamp<std::size_t>(length / 3, 1, 3);
  std::string best;
  std::size_t best_distance = allowed + 1;
  for (const auto& candidate : candidates) {
    const std::size_t distance = edit_distance(word, candidate);
    if (distance < best_distance) best = candidate, best_distance = distance;
  }
  return best;
}

// " (did you mean 'x'?)", or "" when nothing is near.
inline std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  const std::string nearest = nearest_name(word, candidates);
  return nearest.empty() ? std::string{} : " (did you mean '" + nearest + "'?)";
}

}  // namespace docpipe
