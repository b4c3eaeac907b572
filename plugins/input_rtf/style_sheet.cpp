#include "style_sheet.hpp"

#include "docpipe/heading_styles.hpp"

namespace docpipe::rtf {

std::optional<int> heading_level_of_outline(int outline_level) {
  if (outline_level < 0 || outline_level > 8) return std::nullopt;  // 9 is body text
  return outline_level + 1;
}

void StyleSheet::begin_entry() { entry_.emplace(); }

void StyleSheet::paragraph_style(int number) {
  if (entry_) entry_->number = number;
}

void StyleSheet::other_style() {
  if (entry_) entry_->paragraph_style = false;
}

void StyleSheet::outline_level(int level) {
  if (entry_) entry_->style.outline_level = level;
}

void StyleSheet::name_text(std::string_view utf8) {
  if (!entry_ || entry_->name_ended) return;
  const auto end = utf8.find(';');
  entry_->style.name += utf8.substr(0, end);
  if (end != std::string_view::npos) entry_->name_ended = true;
  constexpr std::size_t kLongestName = 256;  // a style's name; a hostile one is cut, not grown
  if (entry_->style.name.size() > kLongestName) entry_->style.name.resize(kLongestName);
}

void StyleSheet::end_entry() {
  if (!entry_ || !entry_->paragraph_style) {
    entry_.reset();
    return;
  }
  // The default paragraph style is often written without `\s0`: an entry that names no other style is it.
  const int number = entry_->number.value_or(0);
  auto& name = entry_->style.name;
  while (!name.empty() && name.front() == ' ') name.erase(0, 1);
  while (!name.empty() && name.back() == ' ') name.pop_back();
  if (entry_->number || !styles_.contains(0)) styles_[number] = std::move(entry_->style);
  entry_.reset();
}

std::optional<int> StyleSheet::heading_level(int number) const {
  const auto found = styles_.find(number);
  if (found == styles_.end()) return std::nullopt;
  if (found->second.outline_level) return heading_level_of_outline(*found->second.outline_level);
  return heading_level_in_style_name(found->second.name);
}

std::string StyleSheet::name(int number) const {
  const auto found = styles_.find(number);
  return found == styles_.end() ? std::string() : found->second.name;
}

}  // namespace docpipe::rtf
