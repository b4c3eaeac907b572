// Removes the debris listed in artifact_rules.hpp from a report's lines.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace docpipe::txt {

struct FilteredLines {
  std::vector<std::string> kept;
  std::vector<std::pair<std::string, std::string>> metadata;  // removed.<rule> and web.* facts, in order
};

class ArtifactFilter {
 public:
  ArtifactFilter();
  ~ArtifactFilter();
  ArtifactFilter(ArtifactFilter&&) noexcept;
  ArtifactFilter& operator=(ArtifactFilter&&) noexcept;

  // `lines` are normalized, non-empty paragraphs in file order.
  FilteredLines filter(const std::vector<std::string>& lines) const;

 private:
  struct Patterns;
  std::unique_ptr<Patterns> patterns_;
};

}  // namespace docpipe::txt
