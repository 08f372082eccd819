greeting = "hello"
other = "hello"
greeting is other
import sys
sys.intern("".join(["hel", "lo"])) is greeting
