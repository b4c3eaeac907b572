// pack_parts/unpack_parts: what an output renderer sends from a worker comes back piece for piece, and a
// damaged message is refused rather than read past its end.
#include "docpipe/rendered_parts.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace docpipe {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

TEST(RenderedParts, PiecesComeBackAsTheyWentIncludingEmptyAndBinaryOnes) {
  const std::string binary("a\0b\r\n", 5);
  const std::string packed = pack_parts({"文档,行\r\n", "", binary, std::string(300, 'x')});
  EXPECT_THAT(unpack_parts(packed, 4), ElementsAre("文档,行\r\n", "", binary, std::string(300, 'x')));
  EXPECT_TRUE(unpack_parts(pack_parts({}), 0).empty());
}

TEST(RenderedParts, DamagedOrMiscountedMessagesAreRefused) {
  const std::string packed = pack_parts({"one", "two"});
  EXPECT_THROW(unpack_parts(packed, 3), std::runtime_error);
  EXPECT_THROW(unpack_parts(packed.substr(0, packed.size() - 1), 2), std::runtime_error);
  EXPECT_THROW(unpack_parts(packed.substr(0, 5), 1), std::runtime_error);
  std::string too_long = packed;
  too_long[0] = '\x7f';  // the first piece claims more bytes than there are
  try {
    unpack_parts(too_long, 2);
    FAIL() << "a piece past the end was read";
  } catch (const std::runtime_error& error) {
    EXPECT_THAT(error.what(), HasSubstr("past the end"));
  }
}

}  // namespace
}  // namespace docpipe
