"""pic-wizard: the external Edge certificate of Lync Server 2013 and Skype for Business
Server, right the first time."""

__version__ = "0.1.0"
