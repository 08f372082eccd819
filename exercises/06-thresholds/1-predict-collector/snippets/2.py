import gc
settings = {"debug": False, "level": 3}
print(gc.is_tracked(settings))
settings["paths"] = ["/tmp", "/var"]
print(gc.is_tracked(settings))
settings["paths"] = "/tmp:/var"
print(gc.is_tracked(settings))
copy = {}
copy["debug"] = settings["debug"]
copy["range"] = (1, 10)
print(gc.is_tracked(copy))
