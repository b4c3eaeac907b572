// The pieces of sharded and incremental runs: the shard of an id (pinned: it must never change between
// versions or machines), --shard parsing, and the manifest and records of a run's .docpipe/ folder.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "config_error.hpp"
#include "content_hash.hpp"
#include "run_manifest.hpp"
#include "shard.hpp"
#include "test_support.hpp"

namespace docpipe::host {
namespace {

using ::testing::HasSubstr;

TEST(Shard, TheHashIsFnv1a64OfTheIdBytes) {
  // Published FNV-1a 64 test vectors: the partition of every existing archive depends on these values.
  EXPECT_EQ(stable_id_hash(""), 0xcbf29ce484222325ull);
  EXPECT_EQ(stable_id_hash("a"), 0xaf63dc4c8601ec8cull);
  EXPECT_EQ(stable_id_hash("foobar"), 0x85944171f73967e8ull);
  EXPECT_EQ(shard_of("foobar", 7), static_cast<std::uint32_t>(0x85944171f73967e8ull % 7) + 1);
}

TEST(ContentHash, IsTheSha256OfTheBytesInLowercaseHex) {
  // FIPS 180-2's vectors, and bytes of every value (a NUL, high bytes) over several blocks: stores and
  // --skip-unchanged runs of earlier versions key documents by these digests, so the library must give them.
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  const std::string million(1000000, 'a');
  EXPECT_EQ(sha256_hex(million), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  std::string every_byte;
  for (int round = 0; round < 3; ++round) {
    for (int value = 0; value < 256; ++value) every_byte.push_back(static_cast<char>(value));
  }
  EXPECT_EQ(sha256_hex(every_byte), "f3a25aa93aa2fbba28d79260535bbd6a5eb0fc1c24a8b0f04e12b484c1dfe363");
}

TEST(Shard, EveryIdHasOneShardInRange) {
  std::vector<std::size_t> sizes(5);
  for (int i = 0; i < 1000; ++i) {
    const std::uint32_t k = shard_of("reports/" + std::to_string(i) + ".txt", 5);
    ASSERT_GE(k, 1u);
    ASSERT_LE(k, 5u);
    ++sizes[k - 1];
  }
  for (const std::size_t size : sizes) EXPECT_GT(size, 150u);  // about 200 each
  EXPECT_EQ(shard_of("年度报告.docx", 1), 1u);
}

TEST(Shard, ParsesKOfN) {
  const ShardSpec shard = parse_shard("2/8");
  EXPECT_EQ(shard.index, 2u);
  EXPECT_EQ(shard.count, 8u);
  for (const char* bad : {"", "2", "/8", "2/", "0/8", "9/8", "2/0", "a/b", "+1/2", "1/2/3", " 1/2", "1/2000000"}) {
    EXPECT_THROW(parse_shard(bad), ConfigError) << bad;
  }
  try {
    parse_shard("9/8");
  } catch (const ConfigError& error) {
    EXPECT_THAT(error.what(), HasSubstr("K must be from 1 to N (8)"));
  }
}

TEST(RunManifest, WritesAndReadsBackEveryDocumentAndItsRecord) {
  test::TemporaryDirectory dir;
  RunManifest header;
  header.docpipe_version = "1.2.3";
  header.config_hash = std::string(64, 'a');
  header.shard = {2, 3};
  header.inputs = 9;
  ManifestWriter writer(dir.path(), header, "<pipeline/>\n");
  ProcessedDocument first;
  first.document.id = "odd\tname%\n.txt";
  first.document.text = "正文";
  first.document.metadata.set("sha256", std::string(64, 'b'));
  first.input_node = 1;
  ProcessedDocument second;
  second.document.id = "missing.txt";
  second.document.status = DocumentStatus::error;
  second.document.error = "no such file or directory";
  writer.add(4, first);
  writer.add(7, second);
  writer.finish();

  const RunManifest manifest = read_manifest(dir.path());
  EXPECT_EQ(manifest.docpipe_version, "1.2.3");
  EXPECT_EQ(manifest.config_hash, header.config_hash);
  EXPECT_EQ(manifest.shard.index, 2u);
  EXPECT_EQ(manifest.shard.count, 3u);
  EXPECT_EQ(manifest.inputs, 9u);
  ASSERT_EQ(manifest.documents.size(), 2u);
  EXPECT_EQ(manifest.documents[0].id, first.document.id);
  EXPECT_EQ(manifest.documents[0].position, 4u);
  EXPECT_EQ(manifest.documents[0].sha256, std::string(64, 'b'));
  EXPECT_EQ(manifest.documents[1].sha256, "");
  EXPECT_EQ(manifest.documents[1].status, DocumentStatus::error);
  EXPECT_EQ(test::read_file(effective_config_file(dir.path())), "<pipeline/>\n");

  RecordReader records(dir.path());
  const ProcessedDocument back = records.read(manifest.documents[0]);
  EXPECT_EQ(back.document.text, "正文");
  EXPECT_EQ(back.input_node, 1u);
  EXPECT_EQ(records.read(manifest.documents[1]).document.error, "no such file or directory");
}

TEST(RunManifest, RefusesWhatIsNotAManifest) {
  test::TemporaryDirectory dir;
  EXPECT_THROW(read_manifest(dir.path()), ManifestError);
  std::filesystem::create_directories(dir / ".docpipe");
  test::write_file(manifest_file(dir.path()), "docpipe-manifest 99\n");
  EXPECT_THROW(read_manifest(dir.path()), ManifestError);
  test::write_file(manifest_file(dir.path()),
                   "docpipe-manifest 1\ndocpipe-version\t1\nconfig-sha256\tx\nshard\t4/3\ninputs\t1\n");
  EXPECT_THROW(read_manifest(dir.path()), ManifestError);
  test::write_file(manifest_file(dir.path()),
                   "docpipe-manifest 1\ndocpipe-version\t1\nconfig-sha256\tx\nshard\t1/1\ninputs\t1\n"
                   "document\t1\t-\tok\t0\t0\tbeyond-the-inputs\n");
  EXPECT_THROW(read_manifest(dir.path()), ManifestError);
}

}  // namespace
}  // namespace docpipe::host
