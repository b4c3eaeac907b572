// The corpus stage at county, province and country scale: analysis.corpus over 1,000 / 10,000 / 100,000
// generated summaries (docs/analysis-corpus.md, "Cost"). Each document is made of sentences of the example
// reports in a random order with its own place name and figures (so most sentences are shared boilerplate
// and cross-sentence shingles are the document's own), half of the units report two consecutive years,
// and every fiftieth document pastes a paragraph of another's. Prints the time the stage takes (add() of
// every summary, then finish()) and the process's peak resident memory. One size per process, so that the
// peak is that size's:
//   build/bench/docpipe_corpus_stage_bench 10000
#include <sys/resource.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "corpus_analyzer.hpp"
#include "docpipe/document_summary.hpp"

namespace {

using Clock = std::chrono::steady_clock;

std::vector<std::string> example_sentences() {
  std::vector<std::string> sentences;
  for (const auto& entry : std::filesystem::directory_iterator(DOCPIPE_SOURCE_DIR "/tests/data/reports")) {
    std::ifstream stream(entry.path(), std::ios::binary);
    std::stringstream content;
    content << stream.rdbuf();
    const std::string text = content.str();
    for (std::size_t begin = 0; begin < text.size();) {
      std::size_t end = text.find("。", begin);
      end = end == std::string::npos ? text.size() : end + 3;
      sentences.push_back(text.substr(begin, end - begin));
      begin = end;
    }
  }
  return sentences;
}

const char* const kCodes[] = {"legal_lectures",      "legal_consultations", "mediation_cases", "legal_aid",
                              "publicity_materials", "legal_training",      "petitions",       "disclosure_items"};

std::string place_name(std::size_t unit) {
  static const char* const kSyllables[] = {"东", "西", "南", "北", "河", "山", "青", "黄", "龙", "石",
                                           "桥", "田", "林", "湖", "安", "平", "新", "和", "兴", "宁"};
  std::string name;
  for (std::size_t n = unit + 1; n > 0; n /= 20) name += kSyllables[n % 20];
  return name + "镇";
}

docpipe::DocumentSummary generate(std::size_t index, const std::vector<std::string>& sentences,
                                  std::string& last_paragraph) {
  std::mt19937 random(static_cast<unsigned>(index));
  std::uniform_int_distribution<std::size_t> pick(0, sentences.size() - 1);
  std::uniform_int_distribution<int> digit(0, 9);
  const std::size_t unit = index / 2;  // two consecutive years per unit
  const std::string place = place_name(unit);
  std::string text = place + std::to_string(2023 + index % 2) + "年法治政府建设工作报告\n";
  while (text.size() < 9000) {  // about 3,000 characters
    std::string sentence = sentences[pick(random)];
    for (char& c : sentence) {
      if (c >= '0' && c <= '9') c = static_cast<char>('0' + digit(random));
    }
    text += place + sentence;
    if (digit(random) < 2) text += '\n';
  }
  if (index % 50 == 49 && !last_paragraph.empty()) text += "\n" + last_paragraph + "\n";
  last_paragraph = text.substr(text.size() / 2, 600);
  while (!last_paragraph.empty() && (static_cast<unsigned char>(last_paragraph.front()) & 0xC0) == 0x80) {
    last_paragraph.erase(0, 1);
  }
  while (!last_paragraph.empty() && (static_cast<unsigned char>(last_paragraph.back()) & 0xC0) != 0x80 &&
         static_cast<unsigned char>(last_paragraph.back()) >= 0x80) {
    last_paragraph.pop_back();
  }
  docpipe::Document document;
  document.id = "generated/" + std::to_string(index) + ".txt";
  document.format = "txt";
  document.metadata.set("sha256", std::to_string(index));
  document.metadata.set("unit", place);
  document.metadata.set("year", std::to_string(2023 + index % 2));
  document.text = std::move(text);
  std::uniform_real_distribution<double> value(10, 100);
  for (std::size_t m = 0; m < 24; ++m) {
    docpipe::Metric metric;
    metric.code = kCodes[m % std::size(kCodes)];
    metric.indicator = metric.code;
    metric.unit = "件";
    metric.value = std::round(value(random)) * (m % 7 == 0 ? 10 : 1);
    metric.start = 40 * m, metric.end = 40 * m + 3;
    document.metrics.push_back(metric);
  }
  return docpipe::summarize(document);
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t documents = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000;
  const auto sentences = example_sentences();
  docpipe::corpus::CorpusAnalyzer stage{docpipe::corpus::CorpusSettings{}};
  Clock::duration in_stage{0};
  std::size_t fingerprints = 0;
  std::string last_paragraph;
  for (std::size_t i = 0; i < documents; ++i) {
    const auto summary = generate(i, sentences, last_paragraph);  // the worker's part, not timed
    fingerprints += summary.fingerprints.size();
    const auto start = Clock::now();
    stage.add(summary);
    in_stage += Clock::now() - start;
  }
  const auto start = Clock::now();
  const auto findings = stage.finish();
  const auto finish_time = Clock::now() - start;
  in_stage += finish_time;
  std::map<std::string, std::size_t> by_rule;
  for (const auto& f : findings) ++by_rule[f.rule];
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const auto seconds = [](Clock::duration d) { return std::chrono::duration<double>(d).count(); };
  std::printf(
      "documents %zu  fingerprints %zu  stage %.2f s (finish %.2f s)  peak RSS %.0f MB  findings %zu:", documents,
      fingerprints, seconds(in_stage), seconds(finish_time), usage.ru_maxrss / 1024.0, findings.size());
  for (const auto& [rule, n] : by_rule) std::printf(" %s %zu", rule.c_str(), n);
  std::printf("\n");
}
