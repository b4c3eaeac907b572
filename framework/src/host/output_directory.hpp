// The --out directory of a batch run, which nothing can leave half-written: a run takes an exclusive lock
// (a second run on the same directory is refused, never interleaved), writes every output into a fresh
// staging directory beside it, and publishes the whole set in one step, so a reader sees the previous run
// or this one, never a mix, and a run killed midway (even by SIGKILL) leaves the published outputs as they
// were. Afterwards --out holds exactly this run's outputs: nothing of an earlier run survives.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

namespace docpipe::host {

class OutputDirectoryError : public std::runtime_error {
 public:
  enum class Kind {
    busy,     // another run holds the lock
    refused,  // --out is not a directory docpipe may replace
    failed,   // the file system said no (the message carries its reason)
  };
  OutputDirectoryError(Kind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

class OutputDirectory {
 public:
  // Locks `published` (a record lock on ".<name>.lock" beside it), removes what runs killed earlier left beside it,
  // and creates an empty staging directory. An existing `published` must be a directory that is empty or
  // was published by docpipe (it holds kMarkerFile): a run never replaces a directory of someone else's.
  explicit OutputDirectory(std::filesystem::path published);
  ~OutputDirectory();  // removes the staging directory unless it was published; releases the lock
  OutputDirectory(const OutputDirectory&) = delete;
  OutputDirectory& operator=(const OutputDirectory&) = delete;

  // Where the run writes its outputs; the output plugins get this as their output directory.
  const std::filesystem::path& staging() const { return staging_; }
  const std::filesystem::path& published() const { return published_; }

  // Makes the staging directory the published one: an atomic exchange of the two directories
  // (renameat2 RENAME_EXCHANGE) where the file system has it, two renames where not; then removes the
  // previous outputs. Throws OutputDirectoryError (failed) with the system's reason.
  void publish();

  static constexpr const char* kMarkerFile = ".docpipe-run";

 private:
  std::filesystem::path sibling(const std::string& suffix) const;
  void lock();
  void remove_leftovers() const;
  void check_replaceable() const;

  std::filesystem::path published_;
  std::filesystem::path staging_;
  int lock_descriptor_ = -1;
  bool is_published_ = false;
};

}  // namespace docpipe::host
