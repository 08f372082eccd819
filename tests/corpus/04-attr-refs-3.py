# chapter: 4
# class attributes are held by the class; instances read them without copying
import sys
class Settings:
    defaults = ["a", "b"]
s1 = Settings()
s2 = Settings()
print(s1.defaults is s2.defaults)
print(sys.getrefcount(Settings.defaults))
keep = s1.defaults
print(sys.getrefcount(keep))
