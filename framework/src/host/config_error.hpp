// A pipeline that cannot run: every problem found, each naming its node and file.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace docpipe::host {

class ConfigError : public std::runtime_error {
 public:
  explicit ConfigError(std::vector<std::string> problems)
      : std::runtime_error(join(problems)), problems_(std::move(problems)) {}
  explicit ConfigError(const std::string& problem) : ConfigError(std::vector<std::string>{problem}) {}

  const std::vector<std::string>& problems() const { return problems_; }

 private:
  static std::string join(const std::vector<std::string>& problems) {
    std::string text;
    for (const auto& problem : problems) text += (text.empty() ? "" : "\n") + problem;
    return text;
  }

  std::vector<std::string> problems_;
};

}  // namespace docpipe::host
