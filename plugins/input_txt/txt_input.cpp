#include "txt_input.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>
#include <utility>

#include "bar_tables.hpp"
#include "docpipe/normalize.hpp"
#include "docpipe/paragraph_intake.hpp"
#include "encoding_detection.hpp"
#include "hard_wraps.hpp"
#include "page_copy.hpp"
#include "space_tables.hpp"
#include "tab_tables.hpp"

namespace docpipe::txt {

namespace {

// Sniff scores: text has no magic number, so even a sure guess stays below the
// binary formats' magic-number scores.
constexpr int kScoreWithBom = 60;
constexpr int kScoreDecodesCleanly = 30;
constexpr int kScoreDecodesRoughly = 10;

}  // namespace

TxtSettings read_txt_settings(const Parameters& parameters) {
  TxtSettings settings;
  ParameterProblems problems;
  settings.fallback_encoding = std::string(detail::trim_ascii(parameters.string("fallback_encoding")));
  try {
    decode_to_utf8("", {settings.fallback_encoding, 0});  // the converter the reader will open
  } catch (const std::exception&) {
    problems.add(
        "fallback_encoding", settings.fallback_encoding,
        "ICU knows no encoding of that name; write e.g. GB18030 (also reads GBK and GB2312), GBK, Big5, UTF-8");
  }
  problems.collect([&] {
    settings.max_invalid_ratio =
        number_in_range(parameters, "max_invalid_ratio", 0, 1, "a share of the characters: 0.05 is 5%");
  });
  problems.collect([&] {
    settings.max_blocks = static_cast<std::size_t>(
        integer_in_range(parameters, "max_blocks", 1, 100'000'000, "paragraphs of one document"));
  });
  settings.remove_artifacts = parameters.boolean("remove_artifacts");
  problems.throw_if_any();
  return settings;
}

TxtInput::TxtInput(const PluginContext& context) : TxtInput(read_txt_settings(context.parameters)) {}

TxtInput::TxtInput(TxtSettings settings)
    : fallback_encoding_(std::move(settings.fallback_encoding)),
      max_invalid_ratio_(settings.max_invalid_ratio),
      remove_artifacts_(settings.remove_artifacts),
      max_blocks_(settings.max_blocks) {}

int TxtInput::sniff(std::string_view head) const {
  if (head.empty() || has_binary_signature(head) || looks_like_html(head)) return 0;
  const EncodingGuess guess = guess_encoding(head, fallback_encoding_);
  if (guess.bom_bytes > 0) return kScoreWithBom;
  const double garbage = garbage_ratio(decode_to_utf8(head, guess).utf8);
  if (garbage == 0) return kScoreDecodesCleanly;
  return garbage <= max_invalid_ratio_ ? kScoreDecodesRoughly : 0;
}

void TxtInput::read(std::string_view bytes, Document& document) {
  const EncodingGuess guess = guess_encoding(bytes, fallback_encoding_);
  // Text already in UTF-8 is read where it lies; anything else is converted once. Either way `utf8` is
  // well-formed, which spares every later step its own check.
  DecodedText decoded{"", guess.encoding, 0};
  std::string_view utf8;
  if (const auto as_is = utf8_as_is(bytes, guess)) {
    utf8 = *as_is;
  } else {
    decoded = convert_with_icu(bytes, guess);
    utf8 = decoded.utf8;
  }
  const double garbage = garbage_ratio(utf8);
  if (garbage > max_invalid_ratio_) {
    throw std::runtime_error(
        fmt::format("not text: {:.0f}% of the content is undecodable or control characters "
                    "when read as {} (limit {:.0f}%)",
                    garbage * 100, decoded.encoding, max_invalid_ratio_ * 100));
  }
  document.format = "txt";
  document.encoding = decoded.encoding;
  document.metadata.set("encoding", decoded.encoding);
  if (decoded.invalid_sequences > 0) {
    document.metadata.set("invalid_sequences", std::to_string(decoded.invalid_sequences));
    // A reviewer reads the warnings, not the metadata: a damaged byte may have taken a figure's 约 or its name.
    document.metadata.add("warning", fmt::format("{} byte sequence(s) undecodable as {} were replaced by U+FFFD; "
                                                 "the words and figures around them may be damaged",
                                                 decoded.invalid_sequences, decoded.encoding));
  }

  // Blank lines make no block, so they are dropped here and cost nothing however many there are.
  std::vector<std::string_view> lines;
  std::vector<SourceLine> source;
  bool after_blank = false;
  bool tabs = false;
  for_each_line(utf8, [&](std::string_view line) {
    tabs = tabs || line.find('\t') != std::string_view::npos;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
      after_blank = true;
      return;
    }
    check_block_limit(lines.size() + 1, max_blocks_);
    lines.push_back(line);
    source.push_back({line, std::exchange(after_blank, false)});
  });
  // A portal page's copy: the fields, share bar and record table it split over lines, set back on one; the page's
  // date under its title taken out. What it took out is recorded after the filter's findings, so that the page's
  // labelled date comes first.
  MendedCopy mended;
  if (remove_artifacts_) {
    mended = mend_page_copy(source, filter_);
    if (!mended.joined.empty() || !mended.facts.empty()) {
      lines.clear();
      tabs = false;
      for (const SourceLine& line : source) {
        lines.push_back(line.text);
        tabs = tabs || line.text.find('\t') != std::string_view::npos;
      }
    }
  }
  // Tables written with bars between their cells, and those laid out with spaces, their rows rewritten with tabs,
  // are read as tables pasted with tabs are. A Markdown table's alignment row goes: markup, no line of the text.
  const LinesWithBarRows with_bars = with_bar_rows_as_tabs(source, remove_artifacts_ ? &filter_ : nullptr);
  if (with_bars.source.size() != source.size()) {
    source = with_bars.source;
    lines.clear();
    for (const SourceLine& line : source) lines.push_back(line.text);
  }
  const LinesWithTabRows with_rows = with_space_rows_as_tabs(with_bars.lines);
  // Text copied out of a PDF: its paragraphs, not its lines.
  if (auto reflowed = reflow_hard_wraps(source)) {
    for (auto& [key, value] : reflowed->removed) document.metadata.add(key, value);
    document.metadata.set("reflowed_line_breaks", std::to_string(reflowed->joined));
    const auto paragraphs = split_reflowed_tab_tables(*reflowed, with_rows.lines, source);
    add_paragraphs(document, paragraphs, remove_artifacts_ ? &filter_ : nullptr, max_blocks_);
  } else if (tabs || !with_rows.rows.empty() || !with_bars.rows.empty()) {
    const LinePieces pieces = split_tab_tables(with_rows.lines);
    add_well_formed_lines(document, pieces.texts, pieces.hints, remove_artifacts_ ? &filter_ : nullptr, max_blocks_);
  } else {
    add_well_formed_lines(document, lines, remove_artifacts_ ? &filter_ : nullptr, max_blocks_);
  }
  for (auto& [key, value] : mended.facts) document.metadata.add(std::move(key), std::move(value));
  if (document.text.empty()) throw std::runtime_error("the file holds no text");
}

}  // namespace docpipe::txt
