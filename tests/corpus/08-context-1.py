# chapter: 8
# an exception raised while another is handled is printed after it: "During handling of the above exception"
def read_setting(settings, name):
    try:
        return settings[name]
    except KeyError:
        return settings["defaults"][name]
def start():
    settings = {"size": 3}
    print(read_setting(settings, "size"))
    print(read_setting(settings, "colour"))
start()
