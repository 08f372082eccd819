# chapter: 2
# across modules: identifier-like constants are interned (shared), other strings are not
import helper_shapes
w = "shared_identifier"
s = "a shared sentence!"
print(helper_shapes.shared_word() is w)
print(helper_shapes.shared_sentence() is s)
print(helper_shapes.shared_sentence() == s)
