// A bracket that says what the word before it includes (纠错（含撤销、确认违法）29件, 法律顾问（含公职律师）17名,
// 调解（包括诉前调解）46件): a note on that word, set between it and its figure. The figure counts what the word
// names; the note only says how far the word reaches.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace docpipe::metrics {

// Where the inclusion note that closes right before `start` opens, when its words follow some of their own after
// `floor` (the end of the figure before): it opens with a word of including or leaving out (含, 包括, 包含, 不含 …)
// and holds no figure of its own (not 120件（其中口头调解82件）, 审结9件（含上年结转3件）) nor a clause's end.
// A bracketed unit (（件）) or year (（2024年）) is no such note.
std::optional<std::size_t> inclusion_note_before(std::u32string_view text, std::size_t start, std::size_t floor);

// Where a note that holds a figure of its own opens, when it closes right before `start`: 受理行政复议申请（含上年结转
// 3件）15件. The figure before (its end `floor`) lies inside the note, which opens with a word of including (含, 包括,
// 其中 …) after words of its own that follow `earlier_floor` (the end of the figure before that one). The figure after
// the note counts what those words name, as it would without the note; nullopt when there is no such note.
std::optional<std::size_t> figure_note_before(std::u32string_view text, std::size_t start, std::size_t floor,
                                              std::size_t earlier_floor);

}  // namespace docpipe::metrics
