// What is done to documents and measures once reviewed (废止规范性文件12件，修订6件; 清理存量文件; 宣布失效): the
// deeds analysis.metrics reads in a figure's name, one list for its readings.
#pragma once

#include <algorithm>
#include <iterator>
#include <string_view>

namespace docpipe::metrics {

inline constexpr std::u32string_view kDeedsOnDocuments[] = {U"清理",     U"废止", U"修订", U"修改",
                                                            U"宣布失效", U"撤销", U"取消", U"保留"};
// Those that clear a document or a measure out, or change it, after a review: all but 保留 (kept as it is).
inline constexpr std::u32string_view kDeedsOfClearingOut[] = {U"清理",     U"废止", U"修订", U"修改",
                                                              U"宣布失效", U"撤销", U"取消"};

// Whether a name opens with a deed done to documents (废止或修订妨碍公平竞争的政策措施).
inline bool opens_with_a_deed_on_documents(std::u32string_view name) {
  return std::any_of(std::begin(kDeedsOnDocuments), std::end(kDeedsOnDocuments),
                     [&](std::u32string_view deed) { return name.starts_with(deed); });
}

// Whether a name holds a deed that clears documents or measures out (宣布失效妨碍公平竞争的政策措施, 对3件予以废止).
inline bool names_a_deed_of_clearing_out(std::u32string_view name) {
  return std::any_of(std::begin(kDeedsOfClearingOut), std::end(kDeedsOfClearingOut),
                     [&](std::u32string_view deed) { return name.find(deed) != std::u32string_view::npos; });
}

}  // namespace docpipe::metrics
