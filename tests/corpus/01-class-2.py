# chapter: 1
# class attributes are shared until an instance sets its own
class Config:
    level = 1
    name = "default"
a = Config()
b = Config()
print(a.level, b.level)
a.level = 5
print(a.level, b.level, Config.level)
Config.level = 9
print(a.level, b.level)
print(hasattr(a, "name"), hasattr(a, "missing"))
print(isinstance(a, Config), isinstance(3, Config))
