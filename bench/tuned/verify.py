# TuneD's own verify code for one profile (default virtual-guest), run in this process: no daemon, no D-Bus, no
# setting written. It builds what tuned's Application builds (plugins, units, profile loader), creates the profile's
# plugin instances, marks their devices as the daemon leaves them after applying, and calls the unit manager's
# verify_tuning, the code behind `tuned-adm verify`. Used by bench/vs-tuned.sh. Needs Debian's tuned package.
import sys
from tuned import storage, units, monitors, plugins, profiles, hardware
import tuned.consts as consts
from tuned.utils.global_config import GlobalConfig
config = GlobalConfig()
storage_factory = storage.Factory(storage.PickleProvider())
monitors_repository = monitors.Repository()
inventory = hardware.Inventory(buffer_size=config.get_size("udev_buffer_size", consts.CFG_DEF_UDEV_BUFFER_SIZE))
variables = profiles.variables.Variables()
plugins_repository = plugins.Repository(monitors_repository, storage_factory, inventory,
    hardware.DeviceMatcher(), hardware.DeviceMatcherUdev(), plugins.instance.Factory(), config, variables)
manager = units.Manager(plugins_repository, monitors_repository,
    int(config.get(consts.CFG_DEFAULT_INSTANCE_PRIORITY, consts.CFG_DEF_DEFAULT_INSTANCE_PRIORITY)), inventory, config)
loader = profiles.Loader(profiles.Locator(consts.LOAD_DIRECTORIES), profiles.Factory(), profiles.Merger(), config, variables)
profile = loader.load(sys.argv[1] if len(sys.argv) > 1 else "virtual-guest")
manager.create(profile.units)
# as the daemon leaves them after applying: each instance's devices processed (nothing is written here)
for instance in manager.instances:
    instance.processed_devices.update(instance.assigned_devices)
    instance.assigned_devices.clear()
ok = manager.verify_tuning(False)
print("verified" if ok else "differs")
