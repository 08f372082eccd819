# chapter: 1
# import a helper module and from-import names; its body runs once
import helper_shapes
from helper_shapes import square_area, UNIT
import helper_shapes
print(helper_shapes.square_area(3), square_area(4), UNIT)
print(helper_shapes.__name__)
print(helper_shapes.square_area is square_area)
helper_shapes.UNIT = "m"
print(helper_shapes.UNIT, UNIT)
