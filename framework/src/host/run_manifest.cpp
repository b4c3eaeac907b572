#include "run_manifest.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <charconv>
#include <cstring>

#include "document_codec.hpp"

namespace docpipe::host {

namespace fs = std::filesystem;

namespace {

constexpr const char* kMagic = "docpipe-manifest";

// Ids are file names: they may hold tabs or new lines, which would break the one-line-per-document form.
std::string escaped(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '%' || c == '\t' || c == '\n' || c == '\r') {
      out += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    } else {
      out += c;
    }
  }
  return out;
}

std::string unescaped(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned value = 0;
    if (text[i] == '%' && i + 2 < text.size() &&
        std::from_chars(text.data() + i + 1, text.data() + i + 3, value, 16).ec == std::errc()) {
      out += static_cast<char>(value);
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  for (std::size_t start = 0;;) {
    const auto tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

template <class T>
T number(std::string_view text, const fs::path& file, std::size_t line) {
  T value{};
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    throw ManifestError(fmt::format("{}:{}: '{}' is not a number", file.string(), line, text));
  }
  return value;
}

// The system's reason, as the outputs report theirs ("No space left on device").
ManifestError write_error(const fs::path& file) {
  const int reason = errno;
  return ManifestError(
      fmt::format("cannot write {}: {}", file.string(), reason != 0 ? std::strerror(reason) : "unknown error"));
}

}  // namespace

fs::path manifest_file(const fs::path& output_directory) { return output_directory / kStateDirectory / "manifest"; }
fs::path records_file(const fs::path& output_directory) { return output_directory / kStateDirectory / "records"; }
fs::path effective_config_file(const fs::path& output_directory) {
  return output_directory / kStateDirectory / "config.xml";
}

ManifestWriter::ManifestWriter(const fs::path& output_directory, RunManifest header,
                               const std::string& effective_config)
    : output_directory_(output_directory), manifest_(std::move(header)) {
  std::error_code error;
  fs::create_directories(output_directory / kStateDirectory, error);
  if (error) {
    throw ManifestError(
        fmt::format("cannot create {}: {}", (output_directory / kStateDirectory).string(), error.message()));
  }
  std::ofstream config(effective_config_file(output_directory), std::ios::binary | std::ios::trunc);
  errno = 0;
  config << effective_config;
  config.close();
  if (!config) throw write_error(effective_config_file(output_directory));
  records_.open(records_file(output_directory), std::ios::binary | std::ios::trunc);
  if (!records_) throw write_error(records_file(output_directory));
}

void ManifestWriter::add(std::size_t position, const ProcessedDocument& processed) {
  const std::string encoded = processed.record.empty() ? encode_processed_document(processed) : std::string();
  const std::string& record = processed.record.empty() ? encoded : processed.record;
  records_.write(record.data(), static_cast<std::streamsize>(record.size()));
  const Document& document = processed.document;
  manifest_.documents.push_back(
      {position, document.id, document.metadata.get("sha256"), document.status, offset_, record.size()});
  offset_ += record.size();
}

void ManifestWriter::finish() {
  records_.close();
  if (!records_) throw write_error(records_file(output_directory_));
  std::string text = fmt::format("{} {}\ndocpipe-version\t{}\nconfig-sha256\t{}\nshard\t{}/{}\ninputs\t{}\n", kMagic,
                                 manifest_.format, manifest_.docpipe_version, manifest_.config_hash,
                                 manifest_.shard.index, manifest_.shard.count, manifest_.inputs);
  for (const auto& entry : manifest_.documents) {
    text += fmt::format("document\t{}\t{}\t{}\t{}\t{}\t{}\n", entry.position, entry.sha256.empty() ? "-" : entry.sha256,
                        to_string(entry.status), entry.offset, entry.length, escaped(entry.id));
  }
  std::ofstream manifest(manifest_file(output_directory_), std::ios::binary | std::ios::trunc);
  errno = 0;
  manifest << text;
  manifest.close();
  if (!manifest) throw write_error(manifest_file(output_directory_));
}

RunManifest read_manifest(const fs::path& output_directory) {
  const fs::path file = manifest_file(output_directory);
  std::ifstream stream(file, std::ios::binary);
  if (!stream) {
    throw ManifestError(
        fmt::format("{}: no docpipe manifest (not the --out of a docpipe run of this version)", file.string()));
  }
  RunManifest manifest;
  manifest.format = 0;
  bool has_shard = false;
  std::string line;
  for (std::size_t number_of_line = 1; std::getline(stream, line); ++number_of_line) {
    if (number_of_line == 1) {
      if (line != fmt::format("{} {}", kMagic, kManifestFormat)) {
        throw ManifestError(fmt::format("{}: not a docpipe manifest of format {} (first line '{}')", file.string(),
                                        kManifestFormat, line));
      }
      manifest.format = kManifestFormat;
      continue;
    }
    const auto parts = fields(line);
    const auto bad = [&] {
      return ManifestError(fmt::format("{}:{}: malformed line '{}'", file.string(), number_of_line, line));
    };
    if (parts[0] == "docpipe-version" && parts.size() == 2) {
      manifest.docpipe_version = parts[1];
    } else if (parts[0] == "config-sha256" && parts.size() == 2) {
      manifest.config_hash = parts[1];
    } else if (parts[0] == "shard" && parts.size() == 2) {
      const auto slash = parts[1].find('/');
      if (slash == std::string_view::npos) throw bad();
      manifest.shard.index = number<std::uint32_t>(parts[1].substr(0, slash), file, number_of_line);
      manifest.shard.count = number<std::uint32_t>(parts[1].substr(slash + 1), file, number_of_line);
      if (manifest.shard.count < 1 || manifest.shard.index < 1 || manifest.shard.index > manifest.shard.count) {
        throw bad();
      }
      has_shard = true;
    } else if (parts[0] == "inputs" && parts.size() == 2) {
      manifest.inputs = number<std::size_t>(parts[1], file, number_of_line);
    } else if (parts[0] == "document" && parts.size() == 7) {
      ManifestEntry entry;
      entry.position = number<std::size_t>(parts[1], file, number_of_line);
      entry.sha256 = parts[2] == "-" ? std::string() : std::string(parts[2]);
      if (parts[3] != "ok" && parts[3] != "error") throw bad();
      entry.status = parts[3] == "ok" ? DocumentStatus::ok : DocumentStatus::error;
      entry.offset = number<std::uint64_t>(parts[4], file, number_of_line);
      entry.length = number<std::uint64_t>(parts[5], file, number_of_line);
      entry.id = unescaped(parts[6]);
      if (entry.position >= manifest.inputs) throw bad();
      manifest.documents.push_back(std::move(entry));
    } else {
      throw bad();
    }
  }
  if (manifest.format != kManifestFormat || manifest.docpipe_version.empty() || manifest.config_hash.empty() ||
      !has_shard) {
    throw ManifestError(fmt::format("{}: incomplete docpipe manifest", file.string()));
  }
  return manifest;
}

RecordReader::RecordReader(const fs::path& output_directory)
    : path_(records_file(output_directory)), stream_(path_, std::ios::binary) {
  if (!stream_) throw ManifestError("cannot read " + path_.string());
}

ProcessedDocument RecordReader::read(const ManifestEntry& entry) {
  std::string bytes(entry.length, '\0');
  stream_.clear();
  stream_.seekg(static_cast<std::streamoff>(entry.offset));
  stream_.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (static_cast<std::uint64_t>(stream_.gcount()) != entry.length) {
    throw ManifestError(fmt::format("{}: the record of '{}' is cut short", path_.string(), entry.id));
  }
  try {
    return decode_processed_document(bytes);
  } catch (const std::exception& error) {
    throw ManifestError(fmt::format("{}: the record of '{}': {}", path_.string(), entry.id, error.what()));
  }
}

}  // namespace docpipe::host
