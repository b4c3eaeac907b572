#include "corpus.hpp"

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace docpipe::bench {

namespace {

std::vector<std::string> example_sentences() {
  std::vector<std::string> sentences;
  for (const auto& entry : std::filesystem::directory_iterator(DOCPIPE_SOURCE_DIR "/examples/reports")) {
    std::ifstream stream(entry.path(), std::ios::binary);
    std::stringstream content;
    content << stream.rdbuf();
    const std::string text = content.str();
    const std::string full_stop = "。";
    for (std::size_t begin = 0; begin < text.size();) {
      std::size_t end = text.find(full_stop, begin);
      end = end == std::string::npos ? text.size() : end + full_stop.size();
      sentences.push_back(text.substr(begin, end - begin));
      begin = end;
    }
  }
  return sentences;
}

}  // namespace

std::vector<std::string> generate_corpus(std::size_t documents, std::size_t bytes_per_document) {
  const auto sentences = example_sentences();
  std::mt19937 random(42);
  std::uniform_int_distribution<std::size_t> pick(0, sentences.size() - 1);
  std::uniform_int_distribution<int> digit(0, 9);
  std::vector<std::string> corpus;
  corpus.reserve(documents);
  for (std::size_t d = 0; d < documents; ++d) {
    std::string document;
    while (document.size() < bytes_per_document) {
      std::string sentence = sentences[pick(random)];
      for (char& c : sentence) {
        if (c >= '0' && c <= '9') c = static_cast<char>('0' + digit(random));
      }
      document += sentence;
      if (digit(random) < 2) document += '\n';
    }
    corpus.push_back(std::move(document));
  }
  return corpus;
}

}  // namespace docpipe::bench
