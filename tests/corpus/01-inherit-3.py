# chapter: 8
# __bases__, __base__ and __mro__ of a chain of classes, and super() reached through them
class Shape:
    def area(self):
        return 0
class Rect(Shape):
    def area(self):
        return 6
class Square(Rect):
    def area(self):
        return super().area() + 1
class AppError(Exception):
    pass
class NotFound(AppError):
    pass
print(Square.__bases__, Square.__base__, Square.__mro__)
print(NotFound.__mro__, NotFound.__base__.__base__)
print(Square().area(), len(Square.__mro__))
