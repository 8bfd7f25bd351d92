#include <gtest/gtest.h>
// Suites of this layer are added beside this file.
TEST(Layer, Builds)
{
    SUCCEED();
}
